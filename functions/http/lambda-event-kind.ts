/** Which of the three HTTP triggers sent a Lambda event (lambda-events.ts translates it; caller-audience.ts reads its authorizer). */
import type {
  ALBEvent, ALBResult, APIGatewayProxyEvent, APIGatewayProxyEventV2, APIGatewayProxyResult, APIGatewayProxyStructuredResultV2,
} from 'aws-lambda';

export type LambdaHttpEvent = APIGatewayProxyEventV2 | APIGatewayProxyEvent | ALBEvent;
export type LambdaHttpResult = APIGatewayProxyStructuredResultV2 | APIGatewayProxyResult | ALBResult;

export type LambdaEventKind = 'apigw-v2' | 'apigw-v1' | 'alb';

/** Thrown for an event no HTTP trigger sends (e.g. an S3 or a scheduled event routed here by mistake). */
export class UnsupportedEventError extends Error {}

export function lambdaEventKind(event: unknown): LambdaEventKind {
  const candidate = event as Partial<Record<string, any>> | null;
  if (candidate?.version === '2.0' && candidate.requestContext?.http) return 'apigw-v2';
  if (candidate?.requestContext?.elb) return 'alb';
  if (typeof candidate?.httpMethod === 'string' && candidate.requestContext) return 'apigw-v1';
  throw new UnsupportedEventError(
    'Unsupported Lambda event: expected an API Gateway HTTP API (2.0), REST API (1.0) or ALB request event',
  );
}
