import { Module } from '@nestjs/common';
import { ContactRevealsResolver } from './contact-reveals.resolver';
import { ContactRevealsService } from './contact-reveals.service';

@Module({ providers: [ContactRevealsService, ContactRevealsResolver] })
export class PiiModule {}
