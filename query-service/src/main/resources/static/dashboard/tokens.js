// The bearer token the page reads with: pasted by the user (kept for this tab only), or, under ./run-local,
// the VIEWER token the local stack minted, from GET dashboard/token (absent everywhere else: 404).
import { problemOf } from './api.js';

const KEY = 'gp.dashboard.token';

export class Tokens {
  current() {
    return sessionStorage.getItem(KEY);
  }

  keep(token) {
    sessionStorage.setItem(KEY, token.trim().replace(/^Bearer\s+/i, ''));
  }

  forget() {
    sessionStorage.removeItem(KEY);
  }

  /** The local stack's token, or null when this service offers none. Waits while the stack is still minting it. */
  async fromLocalStack() {
    for (let attempt = 0; attempt < 10; attempt++) {
      let response;
      try {
        response = await fetch('dashboard/token', { headers: { Accept: 'application/json' } });
      } catch (e) {
        return null;
      }
      if (response.ok) {
        const { token } = await response.json();
        return token;
      }
      if (response.status !== 503) {
        return null;
      }
      const problem = await problemOf(response);
      console.info(problem.detail);
      await new Promise(resolve => setTimeout(resolve, 1000));
    }
    return null;
  }
}
