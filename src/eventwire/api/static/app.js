/* eventwire map page. The filters drive two requests, /events (map and table) and
 * /stats?by=day (timeline); a click asks /events/{id} for the event's provenance
 * and highlights the words behind each field in its source sentence.
 * Plain DOM code, no framework: every string from the data goes in as text, never as HTML. */
"use strict";
(function () {
  const TYPE_COLORS = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#7b2d91",
    "Protests": "#2ca02c",
    "Riots": "#d4a000",
    "Strategic developments": "#1f77b4",
  };
  const OTHER_COLOR = "#7f7f7f";
  const FIELDS = [
    ["event_date", "Date"], ["event_type", "Type"], ["sub_event_type", "Sub-type"],
    ["actor1", "Actor 1"], ["assoc_actor_1", "Assoc. actor 1"], ["actor2", "Actor 2"],
    ["assoc_actor_2", "Assoc. actor 2"], ["location", "Location"], ["admin2", "Admin 2"],
    ["admin1", "Admin 1"], ["country", "Country"], ["fatalities", "Fatalities"],
    ["latitude", "Latitude"], ["longitude", "Longitude"], ["geo_precision", "Geo precision"],
    ["time_precision", "Time precision"], ["civilian_targeting", "Civilian targeting"],
    ["interaction", "Interaction"], ["source", "Source"], ["confidence", "Confidence"], ["coder", "Coder"],
  ];
  const HIGHLIGHT_CLASSES = new Set(["actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "location", "admin1",
    "admin2", "country", "event_date", "fatalities", "event_type", "sub_event_type", "trigger"]);
  const TABLE_ROWS = 300;

  const state = {
    filters: { event_type: "", country: "", actor: "", date_from: "", date_to: "" },
    config: { map_limit: 5000 },
    days: [],
    seq: 0,
    selectedId: null,
    markers: new Map(),
    fitted: false,
  };
  let map = null, cluster = null;

  const $ = (sel) => document.querySelector(sel);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      if (key === "class") node.className = value;
      else if (key === "dataset") Object.assign(node.dataset, value);
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    return node;
  }

  function colorFor(type) { return TYPE_COLORS[type] || OTHER_COLOR; }
  function radiusFor(fatalities) { return 4 + 2.2 * Math.sqrt(Math.max(0, Number(fatalities) || 0)); }

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) {
      let message = response.status + " " + response.statusText;
      try { message = (await response.json()).error.message; } catch (err) { /* not our JSON */ }
      throw new Error(message);
    }
    return response.json();
  }

  function filterParams(withDates) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(state.filters)) {
      if (!value) continue;
      if (!withDates && (key === "date_from" || key === "date_to")) continue;
      params.set(key, value);
    }
    return params;
  }

  function setStatus(name, message) {
    document.body.dataset.state = name;
    $("#summary").textContent = message || "";
  }

  /* ---------- map ---------- */

  function buildMap() {
    // Country outlines carry nothing past zoom 10; tiles, when configured, do.
    map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: state.config.tile_url ? 18 : 10 }).setView([15, 20], 2);
    map.createPane("basemap").style.zIndex = 250;
    if (state.config.tile_url) {
      L.tileLayer(state.config.tile_url, { attribution: state.config.tile_attribution || "", maxZoom: 18 }).addTo(map);
    } else {
      fetch("static/vendor/countries-50m.json")
        .then((r) => { if (!r.ok) throw new Error(r.statusText); return r.json(); })
        .then((topo) => {
          L.geoJSON(topojson.feature(topo, topo.objects.countries), {
            pane: "basemap", renderer: L.svg({ pane: "basemap" }), interactive: false,
            style: { className: "country", color: "#b9b3a6", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
          }).addTo(map);
          document.body.dataset.basemap = "countries";
        })
        .catch((err) => { document.body.dataset.basemap = "missing"; console.error("basemap", err); });
    }
    map.attributionControl.setPrefix("eventwire");
    cluster = L.markerClusterGroup({
      maxClusterRadius: 30, showCoverageOnHover: false, chunkedLoading: true, iconCreateFunction: clusterIcon,
    });
    map.addLayer(cluster);
    const legend = $("#legend");
    for (const [type, color] of Object.entries(TYPE_COLORS)) {
      legend.append(el("div", {}, el("i", { style: "background:" + color }), type));
    }
    legend.append(el("div", { class: "hint" }, "size: fatalities"));
  }

  /* A cluster takes the colour of its most frequent event type and grows with its count. */
  function clusterIcon(group) {
    const byType = new Map();
    for (const m of group.getAllChildMarkers()) byType.set(m.eventType, (byType.get(m.eventType) || 0) + 1);
    let top = null, most = -1;
    for (const [type, n] of byType) if (n > most) { top = type; most = n; }
    const count = group.getChildCount();
    const size = Math.round(24 + 7 * Math.log10(count));
    const html = `<div style="background:${colorFor(top)};width:${size}px;height:${size}px;line-height:${size}px">` +
      `<span>${Number(count)}</span></div>`;
    return L.divIcon({ html, className: "marker-cluster ew-cluster", iconSize: L.point(size + 8, size + 8) });
  }

  function drawMarkers(events) {
    state.markers.clear();
    if (!cluster) return;
    cluster.clearLayers();
    const layers = [];
    for (const event of events) {
      if (event.latitude === null || event.longitude === null || event.latitude === undefined) continue;
      const marker = L.circleMarker([event.latitude, event.longitude], {
        radius: radiusFor(event.fatalities), color: "#333", weight: 1, opacity: 0.9,
        fillColor: colorFor(event.event_type), fillOpacity: 0.8,
        className: "event-marker" + (/^[A-Za-z0-9_-]+$/.test(event.id) ? " ev-" + event.id : ""),
      });
      marker.eventId = event.id;
      marker.eventType = event.event_type;
      marker.bindTooltip(`${event.event_date || "undated"} · ${event.sub_event_type || event.event_type} · ${event.location || event.country} · ${event.fatalities ?? 0} killed`);
      marker.on("click", () => select(event.id, "map"));
      state.markers.set(event.id, marker);
      layers.push(marker);
    }
    cluster.addLayers(layers);
    if (layers.length && !state.fitted) {
      // no animation: the first view is set at once, so the page is "ready" with its markers where they stay
      map.fitBounds(L.latLngBounds(layers.map((m) => m.getLatLng())), { padding: [30, 30], maxZoom: 6, animate: false });
      state.fitted = true;
    }
  }

  /* ---------- timeline ---------- */

  function dayRange(rows) {
    const keys = rows.map((r) => r.key).filter(Boolean).sort();
    if (!keys.length) return [];
    const counts = new Map(rows.map((r) => [r.key, r]));
    const out = [];
    const last = new Date(keys[keys.length - 1] + "T00:00:00Z");
    for (let d = new Date(keys[0] + "T00:00:00Z"); d <= last; d.setUTCDate(d.getUTCDate() + 1)) {
      const key = d.toISOString().slice(0, 10);
      const row = counts.get(key);
      out.push({ key, events: row ? row.events : 0, fatalities: row ? row.fatalities : 0 });
    }
    return out;
  }

  function drawTimeline(rows) {
    const node = $("#timeline");
    node.replaceChildren();
    state.days = dayRange(rows);
    const width = node.clientWidth || 600, height = node.clientHeight || 90, axis = 14;
    const days = state.days;
    if (!days.length) {
      node.append(Object.assign(svg("text", { x: 8, y: 20, class: "axis" }), { textContent: "no dated events" }));
      return;
    }
    const step = width / days.length;
    const top = Math.max(...days.map((d) => d.events), 1);
    const from = state.filters.date_from, to = state.filters.date_to;
    days.forEach((day, i) => {
      const h = day.events ? Math.max(2, (height - axis - 4) * day.events / top) : 0;
      const outside = (from && day.key < from) || (to && day.key > to);
      const bar = svg("rect", {
        class: outside ? "bar out" : "bar", x: i * step + (step > 3 ? 0.5 : 0), y: height - axis - h,
        width: Math.max(step - (step > 3 ? 1 : 0), 0.5), height: h, "data-day": day.key, "data-count": day.events,
      });
      bar.append(Object.assign(svg("title"), { textContent: `${day.key}: ${day.events} events, ${day.fatalities} fatalities` }));
      node.append(bar);
    });
    const label = (i, anchor) => {
      const t = svg("text", { x: Math.min(Math.max(i * step + step / 2, 2), width - 2), y: height - 2, class: "axis", "text-anchor": anchor });
      t.textContent = days[i].key;
      node.append(t);
    };
    label(0, "start");
    if (days.length > 2) label(Math.floor(days.length / 2), "middle");
    if (days.length > 1) label(days.length - 1, "end");
    if (from || to) {
      const i0 = from ? Math.max(0, days.findIndex((d) => d.key >= from)) : 0;
      let i1 = days.length - 1;
      if (to) { const j = days.findIndex((d) => d.key > to); i1 = j === -1 ? days.length - 1 : j - 1; }
      if (i1 >= i0) node.append(svg("rect", { class: "brush", x: i0 * step, y: 0, width: (i1 - i0 + 1) * step, height: height - axis }));
    }
  }

  function wireBrush() {
    const node = $("#timeline");
    let start = null, rect = null;
    const xOf = (ev) => ev.clientX - node.getBoundingClientRect().left;
    node.addEventListener("pointerdown", (ev) => {
      if (!state.days.length) return;
      start = xOf(ev);
      node.setPointerCapture(ev.pointerId);
      rect = svg("rect", { class: "brush", x: start, y: 0, width: 0, height: node.clientHeight - 14 });
      node.append(rect);
    });
    node.addEventListener("pointermove", (ev) => {
      if (start === null) return;
      const x = xOf(ev);
      rect.setAttribute("x", Math.min(start, x));
      rect.setAttribute("width", Math.abs(x - start));
    });
    node.addEventListener("pointerup", (ev) => {
      if (start === null) return;
      const x = xOf(ev), width = node.clientWidth, n = state.days.length;
      const a = Math.min(start, x), b = Math.max(start, x);
      start = null;
      if (b - a < 3) {
        state.filters.date_from = state.filters.date_to = "";
      } else {
        const i0 = Math.max(0, Math.min(n - 1, Math.floor(a / width * n)));
        const i1 = Math.max(0, Math.min(n - 1, Math.floor(b / width * n)));
        state.filters.date_from = state.days[i0].key;
        state.filters.date_to = state.days[i1].key;
      }
      $("#f-from").value = state.filters.date_from;
      $("#f-to").value = state.filters.date_to;
      refresh();
    });
  }

  /* ---------- table ---------- */

  function drawTable(result) {
    const body = $("#events-table tbody");
    body.replaceChildren();
    for (const e of result.events.slice(0, TABLE_ROWS)) {
      const row = el("tr", { dataset: { id: e.id } },
        el("td", {}, e.event_date || ""),
        el("td", {}, el("span", { class: "dot", style: "background:" + colorFor(e.event_type) }), e.event_type),
        el("td", {}, e.sub_event_type), el("td", { class: "actor", title: e.actor1 }, e.actor1),
        el("td", { class: "actor", title: e.actor2 }, e.actor2),
        el("td", {}, e.location), el("td", {}, e.country), el("td", { class: "num" }, e.fatalities ?? ""));
      if (e.id === state.selectedId) row.classList.add("selected");
      row.tabIndex = 0;
      row.addEventListener("click", () => select(e.id, "table"));
      row.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(e.id, "table"); } });
      body.append(row);
    }
    const shown = Math.min(result.events.length, TABLE_ROWS);
    $("#table-note").textContent = result.total > shown
      ? `Showing ${shown} of ${result.total} events (newest first); narrow the filters or page through /events for the rest.`
      : `${result.total} events.`;
  }

  /* ---------- detail ---------- */

  function fieldClass(field) { return "f-" + (HIGHLIGHT_CLASSES.has(field) ? field : "other"); }

  function highlighted(text, spans) {
    const cuts = new Set([0, text.length]);
    const clamp = (n) => Math.max(0, Math.min(text.length, n));
    for (const s of spans) { cuts.add(clamp(s.start)); cuts.add(clamp(s.end)); }
    const points = [...cuts].sort((a, b) => a - b);
    const out = el("p", { class: "sentence" });
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const covering = spans.filter((s) => s.start <= a && s.end >= b);
      if (!covering.length) { out.append(piece); continue; }
      const mark = el("mark", { class: fieldClass(covering[0].field), title: covering.map((s) => s.field).join(", ") }, piece);
      mark.dataset.field = covering.map((s) => s.field).join(" ");
      out.append(mark);
    }
    return out;
  }

  function renderDetail(data) {
    const e = data.event, prov = data.provenance || {};
    const pane = $("#detail");
    pane.replaceChildren();
    pane.dataset.id = e.id;
    pane.append(el("h2", {}, el("span", { class: "dot", style: "background:" + colorFor(e.event_type) }),
      `${e.event_type}: ${e.sub_event_type}`));
    const withEvidence = new Set();
    for (const sentence of prov.sentences || []) {
      sentence.spans.forEach((s) => withEvidence.add(s.field));
      pane.append(highlighted(sentence.text, sentence.spans));
    }
    if (!(prov.sentences || []).length && e.notes) pane.append(el("p", { class: "sentence" }, e.notes));
    const outside = (prov.evidence || []).filter((s) => !s.in_sentence);
    if (outside.length) {
      const list = el("ul", { class: "outside" });
      for (const s of outside) {
        withEvidence.add(s.field);
        list.append(el("li", {}, el("mark", { class: fieldClass(s.field), dataset: { field: s.field } }, s.text), ` (${s.field}, elsewhere in the report)`));
      }
      pane.append(list);
    }
    for (const report of prov.reports || []) {
      const parts = [report.title, report.source, report.published, report.doc_id || report.article_id].filter(Boolean);
      const line = el("p", { class: "source" }, "Report: " + parts.join(" · "));
      if (report.url && /^https?:\/\//.test(report.url)) line.append(" ", el("a", { href: report.url, rel: "noreferrer noopener", target: "_blank" }, "link"));
      pane.append(line);
    }
    const dl = el("dl");
    for (const [field, label] of FIELDS) {
      const value = e[field];
      if (value === null || value === undefined || value === "") continue;
      const dt = el("dt", {}, label);
      if (withEvidence.has(field)) dt.prepend(el("span", { class: "swatch " + fieldClass(field) }));
      dl.append(dt, el("dd", { dataset: { field } }, String(value)));
    }
    pane.append(dl);
  }

  async function select(id, origin) {
    state.selectedId = id;
    for (const row of document.querySelectorAll("#events-table tbody tr")) {
      row.classList.toggle("selected", row.dataset.id === id);
      if (row.dataset.id === id && origin !== "table") row.scrollIntoView({ block: "nearest" });
    }
    const marker = state.markers.get(id);
    if (marker && origin === "table" && cluster) {
      if (cluster.getVisibleParent(marker) === marker) {
        if (!map.getBounds().contains(marker.getLatLng())) map.panTo(marker.getLatLng());
        marker.openTooltip();
      } else {
        cluster.zoomToShowLayer(marker, () => marker.openTooltip());
      }
    }
    try {
      renderDetail(await getJSON("events/" + encodeURIComponent(id)));
    } catch (err) {
      $("#detail").replaceChildren(el("p", { class: "hint" }, "Could not load the event: " + err.message));
    }
  }

  /* ---------- wiring ---------- */

  async function refresh() {
    const seq = ++state.seq;
    setStatus("loading", "loading…");
    const params = filterParams(true);
    params.set("limit", String(state.config.map_limit || 5000));
    try {
      const [events, days] = await Promise.all([
        getJSON("events?" + params.toString()),
        getJSON("stats?by=day&" + filterParams(false).toString()),
      ]);
      if (seq !== state.seq) return;
      drawMarkers(events.events);
      drawTable(events);
      drawTimeline(days.rows);
      const fatalities = events.events.reduce((n, e) => n + (Number(e.fatalities) || 0), 0);
      setStatus("ready", `${events.total} events` + (events.total > events.events.length ? ` (${events.events.length} on the map)` : "") + `, ${fatalities} fatalities shown`);
    } catch (err) {
      if (seq === state.seq) setStatus("error", "error: " + err.message);
    }
  }

  function wireFilters() {
    const bind = (selector, key, delay) => {
      const input = $(selector);
      let timer = null;
      const apply = () => { state.filters[key] = input.value.trim(); refresh(); };
      input.addEventListener(delay ? "input" : "change", () => {
        clearTimeout(timer);
        timer = setTimeout(apply, delay || 0);
      });
    };
    bind("#f-type", "event_type");
    bind("#f-country", "country");
    bind("#f-actor", "actor", 300);
    bind("#f-from", "date_from");
    bind("#f-to", "date_to");
    $("#filters").addEventListener("submit", (ev) => ev.preventDefault());
    $("#f-reset").addEventListener("click", () => {
      for (const key of Object.keys(state.filters)) state.filters[key] = "";
      $("#filters").reset();
      refresh();
    });
  }

  async function init() {
    setStatus("loading", "loading…");
    try { Object.assign(state.config, await getJSON("config")); } catch (err) { console.error("config", err); }
    for (const type of state.config.event_types || Object.keys(TYPE_COLORS)) $("#f-type").append(el("option", { value: type }, type));
    try {
      const countries = await getJSON("stats?by=country");
      for (const row of countries.rows) if (row.key) $("#f-country").append(el("option", { value: row.key }, `${row.key} (${row.events})`));
    } catch (err) { console.error("countries", err); }
    if (window.L && window.L.markerClusterGroup && window.topojson) buildMap();
    else $("#vendor-missing").hidden = false;
    wireFilters();
    wireBrush();
    window.addEventListener("resize", () => drawTimeline(state.days.map((d) => ({ key: d.key, events: d.events, fatalities: d.fatalities }))));
    await refresh();
  }

  window.eventwire = { state, refresh, select };
  document.addEventListener("DOMContentLoaded", init);
})();
