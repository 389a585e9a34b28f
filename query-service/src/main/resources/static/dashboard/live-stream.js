// GET api/stream read with fetch, since EventSource cannot send the Authorization header: the SSE frames are
// parsed here, the last id is sent back as Last-Event-ID on every reconnect (so nothing is missed), and a
// connection that ends, fails or goes quiet longer than three heartbeats is retried with growing pauses.
import { ApiError, problemOf } from './api.js';

const QUIET_LIMIT_MS = 50_000; // the server sends a heartbeat every 15 s
const LONGEST_PAUSE_MS = 30_000;

export class LiveStream {
  /**
   * @param listener {onEvent(event, id), onState(state, detail), onUnauthorized(problem), onProblem(problem)}
   */
  constructor(tokens, listener) {
    this.tokens = tokens;
    this.listener = listener;
    this.lastEventId = null;
    this.retryMs = 3000;
    this.failures = 0;
    this.running = false;
    this.generation = 0;
  }

  start() {
    if (this.running) {
      return;
    }
    this.running = true;
    this.loop(++this.generation);
  }

  stop() {
    this.running = false;
    this.abort?.abort();
  }

  /** generation: a loop stopped and replaced by a new start() while it was awaiting ends instead of running twice. */
  async loop(generation) {
    const current = () => this.running && generation === this.generation;
    while (current()) {
      this.listener.onState(this.failures === 0 ? 'connecting' : 'reconnecting');
      try {
        await this.connectOnce();
      } catch (e) {
        if (!current()) {
          return;
        }
        if (e instanceof ApiError && e.unauthorized) {
          this.running = false;
          this.listener.onUnauthorized(e.problem);
          return;
        }
        if (e instanceof ApiError) {
          this.listener.onProblem(e.problem);
        } else if (e.name !== 'AbortError') {
          console.warn('live stream:', e);
        }
      }
      if (!current()) {
        return;
      }
      this.failures++;
      const pause = Math.min(LONGEST_PAUSE_MS, this.retryMs * 2 ** Math.min(this.failures - 1, 4)) * (0.8 + Math.random() * 0.4);
      this.listener.onState('reconnecting', Math.round(pause / 1000));
      await new Promise(resolve => setTimeout(resolve, pause));
    }
  }

  async connectOnce() {
    this.abort = new AbortController();
    const headers = { Authorization: `Bearer ${this.tokens.current()}`, Accept: 'text/event-stream' };
    if (this.lastEventId) {
      headers['Last-Event-ID'] = this.lastEventId;
    }
    const response = await fetch('api/stream', { headers, signal: this.abort.signal, cache: 'no-store' });
    if (!response.ok) {
      throw new ApiError(response.status, await problemOf(response));
    }
    this.failures = 0;
    this.listener.onState('live');
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const frames = new FrameParser(frame => this.dispatch(frame));
    let watchdog = this.watch();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          return;
        }
        clearTimeout(watchdog);
        watchdog = this.watch();
        frames.push(value);
      }
    } finally {
      clearTimeout(watchdog);
    }
  }

  watch() {
    return setTimeout(() => this.abort.abort(), QUIET_LIMIT_MS);
  }

  dispatch(frame) {
    if (frame.retry !== undefined) {
      this.retryMs = frame.retry;
    }
    if (frame.id !== undefined) {
      this.lastEventId = frame.id;
    }
    if (frame.data === undefined || (frame.event && frame.event !== 'gp-event')) {
      return;
    }
    try {
      this.listener.onEvent(JSON.parse(frame.data), frame.id);
    } catch (e) {
      console.warn('live stream: unreadable event', frame.data, e);
    }
  }
}

/** The event-stream format: lines of "field: value", frames ended by a blank line, comments starting with ':'. */
class FrameParser {
  constructor(onFrame) {
    this.onFrame = onFrame;
    this.pending = '';
    this.frame = {};
  }

  push(text) {
    const lines = (this.pending + text).split(/\r\n|\r|\n/);
    this.pending = lines.pop();
    for (const line of lines) {
      this.line(line);
    }
  }

  line(line) {
    if (line === '') {
      if (Object.keys(this.frame).length > 0) {
        this.onFrame(this.frame);
      }
      this.frame = {};
      return;
    }
    if (line.startsWith(':')) {
      return;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) {
      value = value.slice(1);
    }
    if (field === 'data') {
      this.frame.data = this.frame.data === undefined ? value : `${this.frame.data}\n${value}`;
    } else if (field === 'id' || field === 'event') {
      this.frame[field] = value;
    } else if (field === 'retry' && /^\d+$/.test(value)) {
      this.frame.retry = Number(value);
    }
  }
}
