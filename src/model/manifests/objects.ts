/**
 * The one reader of "the objects in a document": a whole-document object, or
 * the items of a `List` / `XxxList` (nested up to MAX_LIST_DEPTH), each with
 * where it sits in the document, its identity (API group, kind, namespace,
 * name) and what the kinds table (kinds.ts) says about it.
 *
 * The workspace builder, the validator and the YAML writer (src/sync) all
 * walk documents through here, so an object the graph draws is the object
 * the validator checks and the object an edit writes into.
 *
 * Reads the yaml node tree with the defensive readers of yaml-read.ts: a
 * piece of the wrong type is skipped, never thrown on (the validator
 * reports it).
 */
import type { Document, Node, YAMLMap } from 'yaml';
import { DEFAULT_NAMESPACE, isClusterScoped, kindInfo, objectGroup, type KindInfo } from './kinds.ts';
import { asMap, get, isNull, items, str, strictStr } from './yaml-read.ts';

/** A step of a path inside a document: a map key or a sequence index. */
export type PathKey = string | number;

export interface ObjectEntry {
  /** Index of the document within its file. */
  docIndex: number;
  /** Where the object's map is inside the document: [] or ['items', i, 'items', j, …]. */
  path: PathKey[];
  node: YAMLMap;
  /** Its own apiVersion, else that of the typed list (`NetworkPolicyList`) holding it; `v1` lists pass none on. */
  apiVersion: string | undefined;
  /** API group ('' = core); for a kind the table reads, the table's group (kinds.ts `objectGroup`). */
  group: string;
  /** Its own kind, else the one its `XxxList` implies. */
  kind: string;
  metadata: YAMLMap | undefined;
  /** metadata.namespace, `default` when a namespaced object has none; `undefined` for cluster-scoped kinds. */
  namespace: string | undefined;
  name: string | undefined;
  /** The kinds table's entry, when the project reads this kind at this apiVersion. */
  known: KindInfo | undefined;
}

/** A `List` / `XxxList` met on the way (the validator checks that its `items` is a list). */
export interface ListEntry {
  path: PathKey[];
  node: YAMLMap;
  kind: string;
  /** The value of `items`, as written (aliases resolved). */
  items: Node | undefined;
}

export interface DocumentObjects {
  objects: ObjectEntry[];
  lists: ListEntry[];
  /** The document's content when it is no object at all (a stray text, a half-typed key); empty documents have none. */
  stray?: Node;
}

/** Lists nest (a `List` of `PodList`s); deeper than this they are not expanded. */
export const MAX_LIST_DEPTH = 8;

/**
 * What `readDocument` found per Document, with the index it was read at. Documents are never changed
 * in place (the incremental parser only shifts their ranges; src/sync clones before writing), so the
 * objects of a Document reused across keystrokes are the same: a keystroke re-reads only the document it
 * changed (issue 10: the cost of a keystroke follows what it changed). Results are shared: read-only.
 */
const readCache = new WeakMap<Document, { docIndex: number; read: DocumentObjects }>();

/** Every object of one parsed document. Callers skip documents with syntax errors. */
export function readDocument(doc: Document, docIndex: number): DocumentObjects {
  const hit = readCache.get(doc);
  if (hit && hit.docIndex === docIndex) return hit.read;
  const read = readDocumentAfresh(doc, docIndex);
  readCache.set(doc, { docIndex, read });
  return read;
}

function readDocumentAfresh(doc: Document, docIndex: number): DocumentObjects {
  const out: DocumentObjects = { objects: [], lists: [] };
  const root = doc.contents ?? undefined;
  const found = visit(doc, docIndex, root, [], undefined, undefined, 0, out);
  if (!found && root && !isNull(doc, root)) out.stray = root;
  return out;
}

/** Reads one map (a document's content or a list item); false when it is no object (no map, or no kind). */
function visit(
  doc: Document,
  docIndex: number,
  node: unknown,
  path: PathKey[],
  listKind: string | undefined,
  listApiVersion: string | undefined,
  depth: number,
  out: DocumentObjects,
): boolean {
  const kept = depth > 0 ? itemCache.get(node as YAMLMap) : undefined;
  if (
    kept &&
    kept.entry.docIndex === docIndex &&
    kept.listKind === listKind &&
    kept.listApiVersion === listApiVersion &&
    samePath(kept.entry.path, path)
  ) {
    out.objects.push(kept.entry);
    return true;
  }
  const map = asMap(doc, node);
  if (!map) return false;
  const kind = strictStr(doc, get(doc, map, 'kind')) ?? listKind;
  if (!kind) return false;
  const apiVersion = strictStr(doc, get(doc, map, 'apiVersion')) ?? listApiVersion;
  if (kind.endsWith('List')) {
    const itemsNode = get(doc, map, 'items');
    out.lists.push({ path, node: map, kind, items: itemsNode });
    if (depth >= MAX_LIST_DEPTH) return true;
    // `List` is the untyped list of kubectl (`apiVersion: v1`): items carry their own kind and apiVersion.
    const typed = kind !== 'List';
    const itemKind = typed ? kind.slice(0, -'List'.length) : undefined;
    const itemApiVersion = typed ? apiVersion : undefined;
    items(doc, itemsNode).forEach((item, i) =>
      visit(doc, docIndex, item, [...path, 'items', i], itemKind, itemApiVersion, depth + 1, out),
    );
    return true;
  }
  const known = kindInfo(kind, apiVersion);
  const metadata = asMap(doc, get(doc, map, 'metadata'));
  const clusterScoped = known ? known.clusterScoped : isClusterScoped(kind);
  const entry: ObjectEntry = {
    docIndex,
    path,
    node: map,
    apiVersion,
    group: objectGroup(apiVersion, known),
    kind,
    metadata,
    namespace: clusterScoped ? undefined : strictStr(doc, get(doc, metadata, 'namespace')) || DEFAULT_NAMESPACE,
    name: strictStr(doc, get(doc, metadata, 'name')),
    known,
  };
  out.objects.push(entry);
  if (depth > 0) itemCache.set(map, { entry, listKind, listApiVersion });
  return true;
}

/**
 * The object read from a List's item, by the item's map. A kubectl List is ONE document, new after every
 * keystroke, but the List parse hands its unchanged items' nodes over to it (list-parse.ts), and nodes are
 * never changed in place: their entries stay what they were, so a keystroke in a 5,000-pod List reads one
 * item again, not 5,000 (~15 ms). Kept only where the item sits at the same place of a List of the same kind.
 */
const itemCache = new WeakMap<
  YAMLMap,
  { entry: ObjectEntry; listKind: string | undefined; listApiVersion: string | undefined }
>();

const samePath = (a: readonly PathKey[], b: readonly PathKey[]): boolean =>
  a.length === b.length && a.every((k, i) => k === b[i]);

export interface OwnerReference {
  apiVersion: string | undefined;
  /** As written ('' when missing or not a string). */
  kind: string;
  name: string | undefined;
  controller: boolean;
}

/** metadata.ownerReferences of an object (for grouping Pods under their ReplicaSet, Deployment, …). */
export function ownerReferences(doc: Document, metadata: YAMLMap | undefined): OwnerReference[] {
  return items(doc, get(doc, metadata, 'ownerReferences')).map((refNode) => {
    const ref = asMap(doc, refNode);
    return {
      apiVersion: strictStr(doc, get(doc, ref, 'apiVersion')),
      kind: strictStr(doc, get(doc, ref, 'kind')) ?? '',
      name: strictStr(doc, get(doc, ref, 'name')),
      controller: str(doc, get(doc, ref, 'controller')) === 'true',
    };
  });
}

/**
 * netpol-analyzer's owner rule: the first controller ownerReference names the
 * workload a Pod belongs to, except kind Node (static pods stay Pods); a
 * reference without a kind is read as a Pod owner (netpol-analyzer prints it
 * `[Pod]`).
 */
export function controllerOwner(
  doc: Document,
  metadata: YAMLMap | undefined,
): { kind: string; name: string } | undefined {
  if (!metadata) return undefined;
  const kept = ownerCache.get(metadata);
  if (kept) return kept.owner;
  let owner: { kind: string; name: string } | undefined;
  for (const ref of ownerReferences(doc, metadata)) {
    if (!ref.controller || ref.kind === 'Node' || !ref.name) continue;
    owner = { kind: ref.kind || 'Pod', name: ref.name };
    break;
  }
  ownerCache.set(metadata, { owner });
  return owner;
}

/**
 * Each metadata map's controller owner, asked for every Pod of a List on every keystroke (~18 ms at 5,000
 * pods). Nodes are never changed in place, so the answer holds. A node is read with one Document only, but
 * for a List's item, which moves to the List's next Document (list-parse.ts), and such an item has no alias
 * (the List parse takes none), so nothing in the answer depends on the Document. Shared: read-only.
 */
const ownerCache = new WeakMap<YAMLMap, { owner: { kind: string; name: string } | undefined }>();
