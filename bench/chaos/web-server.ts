// A web process for the chaos run: node's http server in front of the same intake function the
// Pages API route calls (answerNodeWebhookPost: raw bytes, signature, one SQL statement, 200 only
// after commit). Next itself is left out so a restart after kill -9 takes a second, not a build.
//   CHAOS_PORT=… npx tsx bench/chaos/web-server.ts
import { createServer } from 'node:http';

const { answerNodeWebhookPost } = await import('../../lib/meta/webhooks/handle-webhook-post');
const port = Number(process.env.CHAOS_PORT);
const server = createServer((req, res) => {
  answerNodeWebhookPost(req).then(
    (answer) => {
      res.statusCode = answer.status;
      res.setHeader('content-type', answer.contentType);
      res.end(answer.body);
    },
    () => {
      res.statusCode = 500;
      res.end();
    },
  );
});
server.keepAliveTimeout = 5_000;
server.listen(port, '127.0.0.1', () => console.log(`ready ${port}`));
