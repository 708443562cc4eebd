import type { FastifyInstance } from 'fastify';
import { residentIdProblem } from '../employees/id-number';
import { bearerToken } from '../graphql/context';
import type { Services } from '../services';
import type { DemoIdentity } from './demo-identity';

export interface DemoPeople {
  employees: { idNumber: string; name: string; scenario: string }[];
  staff: { username: string; password: string; role: string; centerCode: string | null }[];
}

/**
 * Stand-ins for the platform's identity provider and face-verification service. Registered
 * in demo mode only; in production these paths do not exist.
 */
export function registerDevRoutes(
  app: FastifyInstance,
  services: Services,
  demo: DemoIdentity,
  people: () => Promise<DemoPeople>,
) {
  app.post<{ Body: { idNumber?: unknown } }>('/dev/employee-token', async (request, reply) => {
    const idNumber = request.body?.idNumber;
    if (typeof idNumber !== 'string' || residentIdProblem(idNumber) !== null) {
      return reply.code(400).send({
        error: 'idNumber must be a valid 18-character resident ID number (GB 11643)',
      });
    }
    return { token: await demo.employeeToken(idNumber, services.now()) };
  });

  app.post('/dev/face-verification', async (request, reply) => {
    const token = bearerToken(request.headers.authorization);
    const identity = token ? await services.tokens.employee(token, services.now()) : null;
    if (!identity) {
      return reply.code(401).send({ error: 'send the employee token as Authorization: Bearer' });
    }
    return {
      faceVerificationToken: await demo.faceVerificationToken(identity.idNumber, services.now()),
    };
  });

  app.get('/dev/demo-people', async () => people());
}
