// A trivial route for the benchmark's baseline, mounted only when BENCH_ROUTES=true: it passes through the
// same middleware as every API route, so search throughput can be compared with it in the same run.
import { z } from 'zod';
import { anyone } from '../../platform/http/access';
import { routeGroup } from '../../platform/http/routes';

export function helloRoutes() {
  const routes = routeGroup('/api/bench', 'Benchmark');

  routes.get(
    '/hello',
    { summary: 'Hello world (benchmark baseline; only with BENCH_ROUTES=true)', access: anyone, response: z.object({ hello: z.string() }) },
    (_input, _req, res) => {
      res.json({ hello: 'world' });
    },
  );

  return routes;
}
