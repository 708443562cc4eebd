import { Client } from 'pg';
import type { Logger } from '../logger';
import { CODE_EVENTS_CHANNEL, type CodeEventNotice } from './record-event';

type Listener = (notice: CodeEventNotice) => void;

/**
 * This instance's end of the event bus: one LISTEN connection to PostgreSQL, fanned out to the
 * subscribers of each employee. A dropped connection is re-opened, and subscribers are told to
 * catch up from the event table, where every event was written before it was announced.
 */
export class CodeEventHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly resyncs = new Set<() => void>();
  private client: Client | null = null;
  private closed = false;
  private retryDelay = 250;

  constructor(
    private readonly databaseUrl: string,
    private readonly log: Logger,
  ) {}

  async start() {
    await this.connect();
  }

  private async connect() {
    const client = new Client({ connectionString: this.databaseUrl });
    client.on('notification', (message) => this.dispatch(message.payload));
    client.on('error', (error) => {
      this.log.warn({ err: error.message }, 'event listener connection failed');
      this.onBroken(client);
    });
    client.on('end', () => this.onBroken(client));
    await client.connect();
    await client.query(`LISTEN ${CODE_EVENTS_CHANNEL}`);
    this.client = client;
    this.retryDelay = 250;
  }

  private onBroken(client: Client) {
    if (this.closed || this.client !== client) return;
    this.client = null;
    client.removeAllListeners();
    client.on('error', () => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect() {
    setTimeout(async () => {
      if (this.closed) return;
      try {
        await this.connect();
        this.log.info('event listener reconnected');
        for (const resync of this.resyncs) resync();
      } catch {
        this.retryDelay = Math.min(this.retryDelay * 2, 5000);
        this.scheduleReconnect();
      }
    }, this.retryDelay).unref();
  }

  private dispatch(payload: string | undefined) {
    let notice: CodeEventNotice;
    try {
      notice = JSON.parse(payload ?? '') as CodeEventNotice;
    } catch {
      return;
    }
    for (const listener of this.listeners.get(notice.employeeId) ?? []) listener(notice);
  }

  /**
   * Starts delivering one employee's events at once, synchronously, so nothing committed after
   * this call is missed. Returns the function that stops it.
   */
  listen(employeeId: string, listener: Listener, resync: () => void): () => void {
    const set = this.listeners.get(employeeId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(employeeId, set);
    this.resyncs.add(resync);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(employeeId);
      this.resyncs.delete(resync);
    };
  }

  get subscriberCount() {
    let count = 0;
    for (const set of this.listeners.values()) count += set.size;
    return count;
  }

  async close() {
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
