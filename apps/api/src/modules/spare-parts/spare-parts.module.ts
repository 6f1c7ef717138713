import { Module } from '@nestjs/common';
import { SparePartsResolver } from './spare-parts.resolver';
import { SparePartsService } from './spare-parts.service';

@Module({ providers: [SparePartsResolver, SparePartsService] })
export class SparePartsModule {}
