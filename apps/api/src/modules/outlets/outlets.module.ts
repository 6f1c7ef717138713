import { Module } from '@nestjs/common';
import { OutletsResolver } from './outlets.resolver';

@Module({ providers: [OutletsResolver] })
export class OutletsModule {}
