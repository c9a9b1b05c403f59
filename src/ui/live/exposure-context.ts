/**
 * The exposure of each workload node, for the markers on the cards: a context rather than node data, so
 * a new exposure re-renders the markers alone and the canvas keeps its node objects (stable-nodes.ts).
 */
import { createContext } from 'react';
import type { WorkloadExposure } from '../../model/analysis/exposure-view.ts';

export const ExposureContext = createContext<ReadonlyMap<string, WorkloadExposure>>(new Map());
