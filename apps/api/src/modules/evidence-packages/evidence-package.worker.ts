import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EvidenceAssessmentNotFound, EvidencePackageEntity, buildEvidencePackage, defaultSigningKey, type EvidencePackageProgress } from '@stardesk/database';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { FILES_OPTIONS, type FilesOptions } from '../../core/files/files-options';

/** How often the worker looks for queued packages, and refreshes the heartbeat of the one it builds. */
const POLL_MS = 2_000;
const HEARTBEAT_MS = 5_000;
/** Progress is written at most this often (each write is an audited UPDATE). */
const PROGRESS_MS = 1_000;

/**
 * Builds queued evidence packages in the API process, one at a time. Any number of API processes may
 * run it: a package is claimed with FOR UPDATE SKIP LOCKED, so exactly one builds it. The file is
 * written to `<files>/evidence-packages/<id>.zip.partial` and renamed to `<id>.zip` once complete,
 * then the row turns READY: a download never sees half a file. A build that fails ends FAILED and its
 * partial file is removed; one whose process died (its heartbeat stopped for
 * STARDESK_EVIDENCE_STALE_SECONDS, default 60) is marked FAILED (INTERRUPTED) by the next worker
 * that looks, which removes what it left.
 */
@Injectable()
export class EvidencePackageWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('EvidencePackages');
  private readonly dir: string;
  private readonly staleSeconds: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private readonly abort = new AbortController();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(FILES_OPTIONS) files: FilesOptions,
  ) {
    this.dir = path.join(files.dir, 'evidence-packages');
    const stale = Number(process.env['STARDESK_EVIDENCE_STALE_SECONDS'] ?? '60');
    this.staleSeconds = Number.isFinite(stale) && stale > 0 ? stale : 60;
  }

  readyPath(id: string): string {
    return path.join(this.dir, `${id}.zip`);
  }

  private partialPath(id: string): string {
    return path.join(this.dir, `${id}.zip.partial`);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.timer.unref();
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.abort.abort(new Error('The API is shutting down'));
    await this.running;
  }

  /** Looks for work now (after a request was queued); a call while busy makes the worker look again after. */
  wake(): void {
    if (this.abort.signal.aborted) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.logger.error(`evidence package worker: ${(error as Error).stack ?? String(error)}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async drain(): Promise<void> {
    await this.failStale();
    for (;;) {
      if (this.abort.signal.aborted) return;
      const row = await this.claim();
      if (!row) return;
      await this.build(row);
    }
  }

  /** Packages whose builder stopped beating: FAILED, and their partial or unconfirmed files removed. */
  private async failStale(): Promise<void> {
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE evidence_packages SET status = 'FAILED', error_code = 'INTERRUPTED', finished_at = now(), updated_at = now()
        WHERE status = 'RUNNING' AND source = 'API' AND (heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => $1))
        RETURNING id`,
      [this.staleSeconds],
    );
    for (const { id } of rows) {
      this.logger.warn(`evidence package ${id} was interrupted (its builder stopped); marked FAILED`);
      await rm(this.partialPath(id), { force: true });
      await rm(this.readyPath(id), { force: true });
    }
  }

  private async claim(): Promise<EvidencePackageEntity | null> {
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE evidence_packages SET status = 'RUNNING', started_at = now(), heartbeat_at = now(), stage = 'queued', updated_at = now()
        WHERE id = (SELECT id FROM evidence_packages WHERE status = 'QUEUED' AND source = 'API' ORDER BY created_at, id FOR UPDATE SKIP LOCKED LIMIT 1)
        RETURNING id`,
    );
    const id = rows[0]?.id;
    return id ? this.dataSource.getRepository(EvidencePackageEntity).findOneByOrFail({ id }) : null;
  }

  private async build(row: EvidencePackageEntity): Promise<void> {
    const repository = this.dataSource.getRepository(EvidencePackageEntity);
    const partial = this.partialPath(row.id);
    const ready = this.readyPath(row.id);
    let last: EvidencePackageProgress = { done: 0, total: 0, stage: 'queued' };
    let written = 0;
    const beat = async (): Promise<void> => {
      written = Date.now();
      await repository.update({ id: row.id, status: 'RUNNING' }, { heartbeatAt: new Date(), progressDone: last.done, progressTotal: last.total, stage: last.stage });
    };
    const heartbeat = setInterval(() => void beat().catch(() => undefined), HEARTBEAT_MS);
    heartbeat.unref();
    try {
      await mkdir(this.dir, { recursive: true });
      const out = createWriteStream(partial);
      const summary = await (async () => {
        try {
          const result = await buildEvidencePackage(
            this.dataSource,
            {
              orgId: row.orgId,
              from: row.periodFrom,
              to: row.periodTo,
              assessmentId: row.assessmentId,
              revealPersonalInformation: row.revealPersonalInformation,
              language: row.language,
              signingKey: defaultSigningKey(),
              filesDir: path.dirname(this.dir),
              signal: this.abort.signal,
            },
            out,
            (progress) => {
              last = progress;
              if (Date.now() - written >= PROGRESS_MS) void beat().catch(() => undefined);
            },
          );
          out.end();
          await finished(out);
          return result;
        } catch (error) {
          out.destroy();
          throw error;
        }
      })();
      await rename(partial, ready);
      const size = (await stat(ready)).size;
      const sha256 = await sha256Of(ready);
      const result = await repository.update(
        { id: row.id, status: 'RUNNING' },
        {
          status: 'READY',
          assessmentId: summary.assessmentId,
          fileName: `${summary.organisationCode}-evidence-${row.periodFrom}-${row.periodTo}.zip`,
          sizeBytes: String(size),
          sha256,
          keyFingerprint: summary.keyFingerprint,
          progressDone: last.total,
          progressTotal: last.total,
          stage: 'done',
          finishedAt: new Date(),
        },
      );
      // Declared interrupted meanwhile (a stalled heartbeat): its file is not offered.
      if (!result.affected) await rm(ready, { force: true });
    } catch (error) {
      await rm(partial, { force: true });
      const code = error instanceof EvidenceAssessmentNotFound ? 'ASSESSMENT_NOT_FOUND' : this.abort.signal.aborted ? 'INTERRUPTED' : 'BUILD_FAILED';
      if (code === 'BUILD_FAILED') this.logger.error(`evidence package ${row.id} failed: ${(error as Error).stack ?? String(error)}`);
      await repository
        .update({ id: row.id, status: 'RUNNING' }, { status: 'FAILED', errorCode: code, errorMessage: (error as Error).message?.slice(0, 2000) ?? null, finishedAt: new Date() })
        .catch(() => undefined);
    } finally {
      clearInterval(heartbeat);
    }
  }
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
