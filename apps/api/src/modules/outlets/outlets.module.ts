import { Module } from '@nestjs/common';
import { OutletsResolver } from './outlets.resolver';
import { OutletsService } from './outlets.service';

@Module({ providers: [OutletsResolver, OutletsService] })
export class OutletsModule {}
