/**
 * An operation that takes input (a request body, or query parameters on the operation or its path item) documents
 * a 400 answer: the caller learns which field was wrong (problem details with invalidParams).
 */
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

const hasQuery = (parameters) => Array.isArray(parameters) && parameters.some((p) => p && p.in === 'query');

export default function badRequestForInput(pathItem, _options, context) {
  const results = [];
  if (!pathItem || typeof pathItem !== 'object') return results;
  for (const method of METHODS) {
    const operation = pathItem[method];
    if (!operation || typeof operation !== 'object') continue;
    const input = operation.requestBody !== undefined || hasQuery(operation.parameters) || hasQuery(pathItem.parameters);
    const responses = operation.responses ?? {};
    if (input && !responses['400'] && !responses['4XX']) {
      results.push({
        message: `${method.toUpperCase()} takes a body or query parameters but documents no 400 answer.`,
        path: [...context.path, method, 'responses'],
      });
    }
  }
  return results;
}
