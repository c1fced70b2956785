// One page for the whole suite: the gateway's own document and each service's, all served by the
// gateway (/docs/openapi/<name>) with their servers pointing here, so "Try it out" goes through it.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    urls: [
      { name: "gateway (dossier)", url: "/docs/openapi/gateway" },
      { name: "case-service", url: "/docs/openapi/case-service" },
      { name: "intel-service", url: "/docs/openapi/intel-service" },
      { name: "task-force-service", url: "/docs/openapi/task-force-service" }
    ],
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "StandaloneLayout"
  });
};
