// Parsing, graph derivation, validation and the connectivity analysis of large
// workspaces, off the main thread (issue 10). The logic lives in
// state/backend/server.ts so it runs in Node tests too; this file only hands it `self`.
import type { Answer, Port, WireRequest } from '../../state/backend/protocol.ts';
import { serveAnalysis } from '../../state/backend/server.ts';

serveAnalysis(self as unknown as Port<WireRequest, Answer>);
