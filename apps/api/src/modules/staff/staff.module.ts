import { Module } from '@nestjs/common';
import { StaffReferencesRepository } from './staff-references.repository';
import { StaffResolver } from './staff.resolver';
import { StaffService } from './staff.service';

@Module({ providers: [StaffResolver, StaffService, StaffReferencesRepository], exports: [StaffService, StaffReferencesRepository] })
export class StaffModule {}
