// Reads the query API with the bearer token; every refusal becomes an ApiError carrying the problem document.

/** An answer that is not 2xx: `problem` is the RFC 9457 document (or one made up when the body is not one). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  get unauthorized() {
    return this.status === 401;
  }
}

export async function problemOf(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch (ignored) {
      // fall through: a body that is not the JSON it claims to be
    }
  }
  return { title: `HTTP ${response.status} ${response.statusText}`.trim(), status: response.status,
    detail: `${response.url} answered without a problem document.` };
}

export class Api {
  constructor(tokens) {
    this.tokens = tokens;
  }

  headers(extra = {}) {
    return { Authorization: `Bearer ${this.tokens.current()}`, Accept: 'application/json', ...extra };
  }

  async get(path) {
    let response;
    try {
      response = await fetch(path, { headers: this.headers() });
    } catch (e) {
      throw new ApiError(0, { title: 'The query service cannot be reached', detail: `${path}: ${e.message}` });
    }
    if (!response.ok) {
      throw new ApiError(response.status, await problemOf(response));
    }
    return response.json();
  }

  /** Every project of a list, following the pages (200 a page, the most the API gives). */
  async all(path) {
    const separator = path.includes('?') ? '&' : '?';
    const first = await this.get(`${path}${separator}size=200&page=0`);
    const projects = [...first.content];
    const pages = Math.ceil(first.totalElements / 200);
    const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) },
      (_, i) => this.get(`${path}${separator}size=200&page=${i + 1}`)));
    rest.forEach(page => projects.push(...page.content));
    return { projects, totalElements: first.totalElements };
  }
}
