import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../http/route-deps.js';
import { registerArticlesRoutes } from './articles.routes.js';
import { registerAuthRoutes } from './auth.routes.js';
import { registerClaimsRoutes } from './claims.routes.js';
import { registerGraphRoutes } from './graph.routes.js';
import { registerQueriesRoutes } from './queries.routes.js';
import { registerReviewRoutes } from './review.routes.js';
import { registerEntitiesRoutes } from './entities.routes.js';
import { registerExportsRoutes } from './exports.routes.js';
import { registerHealthRoutes } from './health.routes.js';
import { registerStatementsRoutes } from './statements.routes.js';
import { registerTimelineRoutes } from './timeline.routes.js';
import { registerTokensRoutes } from './tokens.routes.js';
import { registerUsersRoutes } from './users.routes.js';

/** Registers every /api route file. Add a feature by writing `<feature>.routes.ts` and one line here. */
export function registerApiRoutes(app: FastifyInstance, deps: RouteDeps): void {
  registerHealthRoutes(app);
  registerAuthRoutes(app, deps);
  registerUsersRoutes(app, deps);
  registerTokensRoutes(app, deps);
  registerEntitiesRoutes(app, deps);
  registerStatementsRoutes(app, deps);
  registerClaimsRoutes(app, deps);
  registerReviewRoutes(app, deps);
  registerQueriesRoutes(app, deps);
  registerGraphRoutes(app, deps);
  registerTimelineRoutes(app, deps);
  registerArticlesRoutes(app, deps);
  registerExportsRoutes(app, deps);
}
