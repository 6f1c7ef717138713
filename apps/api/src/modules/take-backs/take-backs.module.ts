import { Module } from '@nestjs/common';
import { ServiceRequestsModule } from '../service-requests/service-requests.module';
import { TakeBacksRepository } from './take-backs.repository';
import { TakeBacksResolver } from './take-backs.resolver';
import { TakeBacksService } from './take-backs.service';

@Module({ imports: [ServiceRequestsModule], providers: [TakeBacksResolver, TakeBacksService, TakeBacksRepository] })
export class TakeBacksModule {}
