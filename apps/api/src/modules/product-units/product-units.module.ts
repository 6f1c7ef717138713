import { Module } from '@nestjs/common';
import { ProductUnitsRepository } from './product-units.repository';
import { ProductUnitsResolver } from './product-units.resolver';
import { ProductUnitsService } from './product-units.service';

@Module({ providers: [ProductUnitsResolver, ProductUnitsService, ProductUnitsRepository] })
export class ProductUnitsModule {}
