import { Module } from '@nestjs/common';
import { EvidencePackageWorker } from './evidence-package.worker';
import { EvidencePackagesController } from './evidence-packages.controller';
import { EvidencePackagesResolver } from './evidence-packages.resolver';
import { EvidencePackagesService } from './evidence-packages.service';

@Module({ controllers: [EvidencePackagesController], providers: [EvidencePackageWorker, EvidencePackagesService, EvidencePackagesResolver] })
export class EvidencePackagesModule {}
