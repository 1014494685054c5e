/**
 * `npm run bench`: what the API's HTTP stack (Nest + express, request-id logging, latency histogram,
 * problem+json filter) costs per request, against a bare node:http server answering the same JSON,
 * both measured in this run on this machine. Prints requests/s, p50/p99 latency and the ratios.
 */
import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { pino } from 'pino';
import { ProblemDetailsFilter } from '../core/http/problem-details.filter.js';
import { requestLoggingMiddleware } from '../core/logging/request-logging.middleware.js';
import { httpMetricsMiddleware } from '../core/metrics/http-metrics.middleware.js';
import { MetricsRegistry } from '../core/metrics/metrics.registry.js';
import { ReferenceModule } from '../modules/reference/reference.module.js';
import { ReferenceService } from '../modules/reference/reference.service.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 4000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const PATH = '/api/v1/reference/sectors';

@Module({ imports: [ReferenceModule], providers: [MetricsRegistry] })
class BenchModule {}

interface Result {
  name: string;
  rps: number;
  p50: number;
  p99: number;
}

async function load(name: string, url: string): Promise<Result> {
  for (let i = 0; i < 200; i++) await (await fetch(url)).arrayBuffer(); // warm-up
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next++;
        const t0 = performance.now();
        const response = await fetch(url);
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${name}: HTTP ${response.status}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { name, rps: latencies.length / seconds, p50: pick(0.5), p99: pick(0.99) };
}

async function main() {
  const body = JSON.stringify(new ReferenceService().sectors());
  const bare: Server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const barePort = (bare.address() as AddressInfo).port;

  const root = pino({ level: 'silent' });
  const app = await NestFactory.create<NestExpressApplication>(BenchModule, { logger: false });
  app.use(requestLoggingMiddleware(root));
  app.use(httpMetricsMiddleware(app.get(MetricsRegistry)));
  app.useGlobalFilters(new ProblemDetailsFilter(root));
  await app.listen(0, '127.0.0.1');
  const appPort = (app.getHttpServer().address() as AddressInfo).port;

  const baseline = await load('bare node:http (baseline)', `http://127.0.0.1:${barePort}${PATH}`);
  const api = await load('API stack', `http://127.0.0.1:${appPort}${PATH}`);
  await app.close();
  bare.close();

  console.log(`GET ${PATH}: ${REQUESTS} requests, concurrency ${CONCURRENCY}, node ${process.version}`);
  for (const r of [baseline, api]) {
    console.log(`  ${r.name.padEnd(28)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms`);
  }
  console.log(`  ratio API/baseline: throughput ${(api.rps / baseline.rps).toFixed(2)}×, p50 latency ${(api.p50 / baseline.p50).toFixed(2)}×`);
}

await main();
