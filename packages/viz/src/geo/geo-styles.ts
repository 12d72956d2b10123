/** Styles of the municipality map and the layout switch (inlined with the section; CSP allows inline styles). */
export const GEO_CSS = `
.geo-picker{margin:.5rem 0}
.geo-picker select{max-width:100%;font:inherit;padding:.25rem}
.geo-grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(220px,2fr);gap:1rem;align-items:start}
.geo-figure{margin:0;position:relative}
.geo-map{width:100%;height:auto;display:block;background:#fff;border:1px solid var(--line,#d9dee3);border-radius:8px}
.geo-map .geo-muni{cursor:pointer;outline:none}
.geo-map .geo-muni:hover,.geo-map .geo-muni:focus{stroke:#1f2933;stroke-width:2}
.geo-map .geo-hit{stroke:#c2410c;stroke-width:3}
.geo-tooltip{position:absolute;pointer-events:none;background:#1f2933;color:#fff;padding:.2rem .45rem;border-radius:4px;font-size:.85rem;white-space:nowrap;z-index:3}
.geo-credit{font-size:.75rem;color:#52606d;margin-top:.35rem}
.geo-legend ul{list-style:none;padding:0;margin:.25rem 0}
.geo-legend li{display:flex;align-items:center;gap:.4rem;font-size:.9rem;margin:.1rem 0}
.geo-legend-title{font-weight:600;margin:.2rem 0}
.geo-swatch{display:inline-block;width:1.1rem;height:.8rem;border:1px solid #9aa5b1}
.geo-panel{border:1px solid var(--line,#d9dee3);border-radius:8px;padding:.5rem .75rem;margin:.5rem 0;background:#fafbfc}
.geo-panel h3{margin:.2rem 0}
.geo-panel dl{display:grid;grid-template-columns:minmax(0,1fr) auto;gap:.1rem .75rem;margin:.4rem 0;font-size:.9rem}
.geo-panel dt.current{font-weight:600}
.geo-panel dd{margin:0;text-align:right;font-variant-numeric:tabular-nums}
.geo-findings{padding-left:1.1rem}
.geo-findings li{margin:.35rem 0}
.linkish{background:none;border:none;padding:0;color:#1d4ed8;text-decoration:underline;cursor:pointer;font:inherit}
#sigma-container{position:relative}
.geo-underlay{position:absolute;left:0;top:0;width:100%;height:100%;pointer-events:none;z-index:0}
.layout-switch{display:flex;flex-wrap:wrap;align-items:center;gap:.35rem;margin:0 0 .4rem}
.layout-switch button{font:inherit;padding:.2rem .6rem;border:1px solid #9aa5b1;background:#fff;border-radius:4px;cursor:pointer}
.layout-switch button[aria-pressed="true"]{background:#1f2933;color:#fff}
.layout-key{font-size:.85rem;color:#3e4c59}
.layout-key i{display:inline-block;width:1rem;height:.25rem;margin:0 .25rem .2rem .6rem;vertical-align:middle}
@media (max-width:900px){.geo-grid{grid-template-columns:1fr}}
@media print{.geo-picker,.layout-switch,.geo-tooltip{display:none!important}}
`;
