import { Module } from '@nestjs/common';
import { CustomerDirectory } from './customer-directory.service';
import { CustomersResolver } from './customers.resolver';
import { CustomersService } from './customers.service';

@Module({ providers: [CustomersResolver, CustomersService, CustomerDirectory], exports: [CustomerDirectory] })
export class CustomersModule {}
