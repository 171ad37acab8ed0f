/**
 * ADR problem details (RFC 9457): every operation of a path item documents at least one error response (4xx, 5xx or
 * default), and every error response it documents has `application/problem+json` content.
 */
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const PROBLEM = 'application/problem+json';

export default function problemResponses(pathItem, _options, context) {
  const results = [];
  if (!pathItem || typeof pathItem !== 'object') return results;
  for (const method of METHODS) {
    const operation = pathItem[method];
    if (!operation || typeof operation !== 'object') continue;
    const responses = operation.responses ?? {};
    const errors = Object.keys(responses).filter((code) => /^[45]([0-9]{2}|XX)$/i.test(code) || code === 'default');
    if (!errors.length) {
      results.push({
        message: `${method.toUpperCase()} documents no error response (4xx, 5xx or default) as ${PROBLEM}.`,
        path: [...context.path, method, 'responses'],
      });
      continue;
    }
    for (const code of errors) {
      const content = responses[code]?.content ?? {};
      if (!Object.prototype.hasOwnProperty.call(content, PROBLEM)) {
        results.push({
          message: `${method.toUpperCase()} response ${code} is not ${PROBLEM}.`,
          path: [...context.path, method, 'responses', code],
        });
      }
    }
  }
  return results;
}
