import type { z } from 'zod';
import { AppError } from '../errors';
import { getBoss } from './boss';
import type { JobName, RegisteredJob } from './registry';
import { getJobDefinition } from './registry';

type PayloadOf<Name extends JobName> = z.input<Extract<RegisteredJob, { name: Name }>['payload']>;

export type EnqueueOptions = {
  /** At most one queued job per key (e.g. one per webhook event id). */
  singletonKey?: string;
  startAfter?: Date | number;
};

/** The only way to queue work: validates the payload against the job's schema first. */
export async function enqueue<Name extends JobName>(name: Name, payload: PayloadOf<Name>, options: EnqueueOptions = {}): Promise<string | null> {
  const definition = getJobDefinition(name);
  if (!definition) throw new AppError('bad_request', `Unknown job "${name}"`);
  const data = definition.payload.parse(payload) as object;
  const boss = await getBoss();
  return boss.send(name, data, { singletonKey: options.singletonKey, startAfter: options.startAfter });
}
