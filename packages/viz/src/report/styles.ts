/** The report's stylesheet: screen (laptop and projector), large-text mode and A4 print. */
export const REPORT_CSS = `
:root{--ink:#1f2933;--muted:#5b6570;--line:#d9dee4;--bg:#f6f7f9;--card:#fff;--accent:#0b5cad;--focus:#e69f00;font-size:16px}
html.large{font-size:20px}
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg);line-height:1.5}
html[data-lang=nl] [data-l=en],html[data-lang=en] [data-l=nl]{display:none}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
.skip:focus{left:1rem}
header.top{background:#12263f;color:#fff;padding:1.2rem 2rem 1rem}
header.top h1{margin:0 0 .2rem;font-size:1.9rem;font-weight:650;letter-spacing:-.01em}
header.top .sub{margin:0;color:#c9d4e2}
header.top .scope{display:inline-block;margin:.5rem 0 0;padding:.15rem .6rem;border-radius:4px;background:#f6c445;color:#12263f;font-weight:600}
.toolbar{display:flex;gap:.5rem;flex-wrap:wrap;margin-top:.8rem;align-items:center}
.toolbar button{background:transparent;color:#fff;border:1px solid #6f86a3;border-radius:6px;padding:.3rem .7rem;font:inherit;font-size:.9rem;cursor:pointer}
.toolbar button[aria-pressed=true]{background:#fff;color:#12263f}
.toolbar .sep{width:1px;height:1.4rem;background:#6f86a3;margin:0 .3rem}
nav.toc{background:#fff;border-bottom:1px solid var(--line);padding:.5rem 2rem;position:sticky;top:0;z-index:5}
/* A contents link must not hide its section title under the sticky bar. */
section[id],h2[id],h3[id]{scroll-margin-top:5.5rem}
nav.toc ol{list-style:none;margin:0;padding:0;display:flex;gap:1.2rem;flex-wrap:wrap;font-size:.92rem}
nav.toc a{text-decoration:none}
main{max-width:1280px;margin:0 auto;padding:1rem 2rem 3rem}
section.block{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1.3rem 1.6rem;margin:1.2rem 0}
section.block>h2{margin:0 0 .6rem;font-size:1.45rem;font-weight:650}
.lead{color:var(--muted);margin-top:0}
ul.findings{margin:.2rem 0 0;padding-left:1.2rem}
ul.findings li{margin:.35rem 0;font-size:1.05rem}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:.8rem;margin-top:1rem}
.figure-card{border:1px solid var(--line);border-radius:8px;padding:.7rem .9rem;background:#fbfcfd}
.figure-card .value{font-size:1.6rem;font-weight:650}
.figure-card .name{color:var(--muted);font-size:.88rem}
.figure-card .explain{margin:.35rem 0 0;font-size:.8rem;color:var(--muted);line-height:1.35}
.scale{font-size:.85rem}
details.full-table{margin:.8rem 0}
details.full-table>summary{cursor:pointer;font-weight:600;color:var(--accent)}
body{overflow-wrap:break-word}
section.block{min-width:0;overflow-wrap:break-word}
.notice{background:#fff7e6;border:1px solid #f0c36d;border-radius:8px;padding:.8rem 1rem}
.map-grid{display:grid;grid-template-columns:260px minmax(0,1fr);gap:1rem;align-items:start}
#map-controls select,#map-controls input[type=text]{width:100%}
#map-controls{min-width:0;display:flex;flex-direction:column;gap:.6rem;font-size:.92rem}
.control{display:flex;flex-direction:column;gap:.2rem;position:relative}
.control.check{flex-direction:row;align-items:center;gap:.4rem}
.control label{font-weight:600}
select,input[type=text],button{font:inherit}
select,input[type=text]{padding:.35rem .45rem;border:1px solid #aab4bf;border-radius:6px;background:#fff;color:var(--ink);max-width:100%}
fieldset.filters{min-width:0;border:1px solid var(--line);border-radius:8px;padding:.5rem .7rem;display:flex;flex-direction:column;gap:.45rem}
fieldset.filters legend{font-weight:650;padding:0 .3rem}
#map-controls button,.panel-close{background:#eef2f6;border:1px solid #aab4bf;border-radius:6px;padding:.35rem .7rem;cursor:pointer;color:var(--ink)}
#search-list{position:absolute;top:100%;left:0;right:0;z-index:20;list-style:none;margin:2px 0 0;padding:0;background:#fff;border:1px solid #aab4bf;border-radius:6px;box-shadow:0 6px 18px rgba(0,0,0,.12);max-height:300px;overflow:auto}
#search-list li{padding:.35rem .6rem;cursor:pointer}
#search-list li[aria-selected=true]{background:#dbe9f8}
#search-list li.no-match{color:var(--muted);cursor:default}
.map-stage{position:relative}
#sigma-container{width:100%;height:min(72vh,720px);min-height:420px;border:1px solid var(--line);border-radius:8px;background:#fff}
#node-panel{position:absolute;top:.6rem;right:.6rem;width:min(360px,46%);max-height:calc(100% - 1.2rem);overflow:auto;background:#fff;border:1px solid #aab4bf;border-radius:10px;box-shadow:0 8px 24px rgba(0,0,0,.15);padding:.8rem 1rem;font-size:.92rem;z-index:6}
.panel-head{display:flex;justify-content:space-between;gap:.5rem;align-items:flex-start}
.panel-head h3{margin:0;font-size:1.15rem;overflow-wrap:anywhere}
.panel-section h4{margin:.8rem 0 .3rem;font-size:.95rem;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
.panel-details{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .7rem;margin:0}
.panel-details dt{color:var(--muted)}
.panel-details dd{margin:0;overflow-wrap:anywhere}
.panel-metrics dt{margin-top:.35rem}
.panel-metrics dd{margin:0;color:var(--muted);font-size:.85rem}
.panel-list{margin:0;padding-left:1rem}
.link-button{background:none;border:none;padding:0;color:var(--accent);text-decoration:underline;cursor:pointer;text-align:left;overflow-wrap:anywhere}
.reason{margin:.1rem 0 .4rem;color:var(--muted);font-size:.85rem}
.muted{color:var(--muted)}
#map-legend{margin-top:.6rem}
.legend-title{margin:0 0 .3rem;font-size:1rem}
.legend-list{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.1rem;font-size:.92rem}
.legend-list li{display:flex;align-items:center;gap:.35rem}
.swatch{width:.85rem;height:.85rem;border-radius:50%;background:var(--swatch);display:inline-block}
.swatch-line{width:1.2rem;height:.25rem;border-radius:0}
.legend-count{color:var(--muted)}
.static-map{display:none;margin:0}
.no-webgl .static-map{display:block}
.no-webgl #sigma-container,.no-webgl #map-controls{display:none}
#map-snapshot{display:none;max-width:100%}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(440px,100%),1fr));gap:1.2rem}
figure.chart{margin:0;border:1px solid var(--line);border-radius:8px;padding:.9rem 1rem;background:#fff;break-inside:avoid}
figure.chart h3{margin:0 0 .4rem;font-size:1.08rem}
figure.chart figcaption{margin-top:.4rem;font-size:.95rem}
figure.chart svg{max-width:100%;height:auto;display:block}
.static-map svg{width:100%;height:auto}
.muni-picker{display:flex;gap:.5rem;align-items:center;margin:.2rem 0 .6rem;font-size:.92rem}
.table-wrap{overflow-x:auto;margin:.8rem 0}
table.sortable{border-collapse:collapse;width:100%;font-size:.92rem}
table.sortable caption{text-align:left;font-weight:650;padding:.2rem 0 .5rem}
table.sortable th,table.sortable td{border-bottom:1px solid var(--line);padding:.4rem .55rem;text-align:left;vertical-align:top;overflow-wrap:normal;word-break:normal;hyphens:manual}
table.sortable td{min-width:8ch}
table.sortable th{background:#f0f3f6;position:sticky;top:0}
table.sortable .num{text-align:right;white-space:nowrap}
button.sort{background:none;border:none;font:inherit;font-weight:650;color:var(--ink);cursor:pointer;padding:0;display:inline-flex;gap:.3rem;align-items:center}
th[aria-sort=ascending] .sort-icon::after{content:"▲"}
th[aria-sort=descending] .sort-icon::after{content:"▼"}
th:not([aria-sort]) .sort-icon::after{content:"↕";color:#9aa5b1}
.swatch-thin{height:.12rem}
.swatch-square{border-radius:3px;width:1rem;height:1rem}
.status-legend{margin:.2rem 0 .8rem}
.charts-wide{grid-template-columns:1fr}
button.action{background:#12263f;color:#fff;border:1px solid #12263f;border-radius:6px;padding:.4rem .9rem;cursor:pointer;font:inherit;font-size:.92rem}
button.action[aria-pressed=true]{background:#fff;color:#12263f}
.verdict{border-left:5px solid #5b6570;background:#f6f7f9;border-radius:6px;padding:.6rem 1rem;margin:.8rem 0}
.verdict p{margin:.2rem 0 .4rem;font-size:1.05rem}
.verdict-yes,.verdict-mostly{border-left-color:#117733}
.verdict-no{border-left-color:#CC3311}
.verdict-mixed{border-left-color:#DDAA33}
ul.goals{list-style:none;margin:0;padding:0}
ul.goals li{margin:.2rem 0}
.mark{display:inline-block;min-width:1.1rem;font-weight:700;text-align:center}
.mark-better{color:#117733}
.mark-worse{color:#CC3311}
.change-added{color:#117733}
.change-removed{color:#CC3311}
.route-examples{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(380px,100%),1fr));gap:1rem}
.route-example{border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem;background:#fbfcfd;break-inside:avoid}
.route-example h4{margin:0 0 .4rem;font-size:1.02rem}
.route-example h5{margin:.8rem 0 .2rem;font-size:.95rem}
.route{border-top:1px dashed var(--line);padding-top:.5rem;margin-top:.5rem}
ol.route-steps{margin:.3rem 0 .6rem;padding-left:1.4rem}
ol.route-steps li{margin:.15rem 0}
ol.route-steps li.blocked{color:#8a2a12}
.blocked-tag{background:#fbe3dc;color:#8a2a12;border-radius:4px;padding:0 .35rem;font-size:.85rem}
.break{border-left:4px solid #CC6677;padding-left:.6rem}
.route-banner{position:absolute;left:.6rem;top:.6rem;z-index:6;background:#fff;border:1px solid #332288;border-radius:8px;padding:.4rem .7rem;font-size:.9rem;box-shadow:0 4px 12px rgba(0,0,0,.12)}
.route-banner button{background:#eef2f6;border:1px solid #aab4bf;border-radius:6px;padding:.2rem .6rem;cursor:pointer;font:inherit}
.two-col{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(420px,100%),1fr));gap:0 1.5rem;align-items:start}
details.more{margin:.8rem 0}
details.more>summary{cursor:pointer;font-weight:600;color:var(--accent)}
.sampling{background:#fff7e6;border:1px solid #f0c36d;border-radius:8px;padding:.6rem .9rem}
dl.glossary dt{font-weight:650;margin-top:.7rem}
dl.glossary dd{margin:.1rem 0 0}
footer{color:var(--muted);text-align:center;font-size:.85rem;padding:1rem}
@media (max-width:900px){.map-grid{grid-template-columns:1fr}.map-stage{order:-1}#map-controls{order:1}main{padding:.5rem}.charts{grid-template-columns:1fr}header.top{padding:1rem}nav.toc{padding:.4rem 1rem;position:static}section.block{padding:1rem .8rem}header.top h1{font-size:1.5rem}#sigma-container{height:60vh;min-height:320px}#node-panel{position:static;width:auto;max-height:none;margin-top:.6rem}}
@media (max-width:640px){
  table.sortable,table.sortable tbody,table.sortable tr,table.sortable td{display:block;width:100%}
  table.sortable thead{position:absolute;left:-9999px}
  table.sortable tr{border:1px solid var(--line);border-radius:8px;margin:0 0 .6rem;padding:.3rem .1rem;background:#fff}
  table.sortable td{border:none;padding:.15rem .6rem;min-width:0}
  table.sortable td.num{text-align:left;white-space:normal}
  table.sortable td::before{display:block;font-size:.78rem;font-weight:650;color:var(--muted)}
  html[data-lang=nl] table.sortable td::before{content:attr(data-head-nl)}
  html[data-lang=en] table.sortable td::before{content:attr(data-head-en)}
  table.sortable caption{display:block}
}
@media print{
  @page{size:A4;margin:14mm 12mm}
  :root{font-size:10.5pt}
  body{background:#fff}
  header.top{background:#fff;color:var(--ink);padding:0 0 .5rem;border-bottom:2px solid var(--ink)}
  header.top .sub{color:var(--muted)}
  header.top .scope{background:none;padding:0;border:1px solid var(--ink)}
  .toolbar,nav.toc,.skip,#map-controls,#node-panel,#sigma-container,#map-legend,.muni-picker,.screen-only,.route-banner{display:none!important}
  .route-examples,.two-col{display:block}
  .route-example{margin-bottom:.6rem}
  main{max-width:none;padding:0}
  section.block{border:none;padding:0;margin:0 0 1.2rem;break-inside:auto}
  section.block>h2{break-after:avoid;border-bottom:1px solid var(--line)}
  .map-grid{display:block}
  .static-map{display:block;break-inside:avoid}
  .has-snapshot #map-snapshot{display:block}
  .charts{display:block}
  figure.chart{margin-bottom:.8rem;border:none;padding:0}
  [data-muni]:not([data-muni=""]){display:none!important}
  [data-muni=""]{display:block!important}
  .table-wrap{overflow:visible}
  table.sortable th{position:static}
  thead{display:table-header-group}
  tr{break-inside:avoid}
  .sort-icon{display:none}
  a{color:inherit;text-decoration:none}
}
`;
