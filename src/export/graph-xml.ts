import type { Network } from '../store/index.js'

// XML 1.0 forbids most control characters even when escaped; article-derived names are untrusted.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g
export function xmlEscape(v: string | number): string {
  return String(v).replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/** GEXF 1.3 (Gephi): directed edges weighted by event count, with cooperation/conflict and mean Goldstein. */
export function toGexf(n: Network): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>entente</creator><description>alignment network: actors and dyads of coded events</description></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node"><attribute id="country" title="country" type="string"/><attribute id="events" title="events" type="integer"/></attributes>',
    '    <attributes class="edge"><attribute id="cooperation" title="cooperation" type="integer"/><attribute id="conflict" title="conflict" type="integer"/><attribute id="goldstein" title="mean Goldstein" type="double"/></attributes>',
    '    <nodes>',
  ]
  for (const v of n.nodes) {
    out.push(`      <node id="${xmlEscape(v.id)}" label="${xmlEscape(v.name ?? v.id)}"><attvalues><attvalue for="country" value="${xmlEscape(v.country ?? '')}"/><attvalue for="events" value="${v.events}"/></attvalues></node>`)
  }
  out.push('    </nodes>', '    <edges>')
  n.edges.forEach((e, i) => {
    out.push(`      <edge id="${i}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" weight="${e.count}"><attvalues><attvalue for="cooperation" value="${e.cooperation}"/><attvalue for="conflict" value="${e.conflict}"/><attvalue for="goldstein" value="${e.meanGoldstein}"/></attvalues></edge>`)
  })
  out.push('    </edges>', '  </graph>', '</gexf>', '')
  return out.join('\n')
}

/** GraphML: the same network for yEd, Cytoscape, NetworkX. */
export function toGraphml(n: Network): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="country" for="node" attr.name="country" attr.type="string"/>',
    '  <key id="events" for="node" attr.name="events" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
    '  <key id="cooperation" for="edge" attr.name="cooperation" attr.type="int"/>',
    '  <key id="conflict" for="edge" attr.name="conflict" attr.type="int"/>',
    '  <key id="goldstein" for="edge" attr.name="meanGoldstein" attr.type="double"/>',
    '  <graph id="entente" edgedefault="directed">',
  ]
  for (const v of n.nodes) {
    out.push(`    <node id="${xmlEscape(v.id)}"><data key="label">${xmlEscape(v.name ?? v.id)}</data><data key="country">${xmlEscape(v.country ?? '')}</data><data key="events">${v.events}</data></node>`)
  }
  n.edges.forEach((e, i) => {
    out.push(`    <edge id="e${i}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"><data key="weight">${e.count}</data><data key="cooperation">${e.cooperation}</data><data key="conflict">${e.conflict}</data><data key="goldstein">${e.meanGoldstein}</data></edge>`)
  })
  out.push('  </graph>', '</graphml>', '')
  return out.join('\n')
}
