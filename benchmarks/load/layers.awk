# Reads `jfr print --events jdk.ExecutionSample` and counts each sample under the innermost layer of the request
# path on its stack (the first frame from the top that names one), or under its thread's name when none does;
# prints "samples<TAB>share<TAB>layer" lines (unsorted). Layers are matched by a part of a frame's name.
BEGIN {
  n = split("org.postgresql.|the PostgreSQL driver (JDBC)" \
    "@SelfScanWriter.|the group-commit writer (batching, statement, answers)" \
    "@CheckinService.selfScan|the check-in service (poster signature, venue and caller caches, the visit)" \
    "@CheckinApiController.|the controller" \
    "@writeWithMessageConverters|JSON answer (Jackson, content negotiation)" \
    "@ValidatorAdapter.validate|bean validation of the body" \
    "@readWithMessageConverters|JSON body (Jackson)" \
    "@DispatcherServlet.doDispatch|Spring MVC dispatch (handler lookup, arguments, interceptors)" \
    "@vn.greenzone.platform.web.|Greenzone's servlet filters (database out of reach, request size)" \
    "@AuthorizationFilter.doFilter|Spring Security: the authorization rules" \
    "@BearerTokenFilter.|the bearer token (SHA-256, the caller cache)" \
    "@FilterChainProxy.doFilter|Spring Security: the filter chain (firewall, context, headers)" \
    "@SessionRepositoryFilter.|Spring Session's filter" \
    "@ServerHttpObservationFilter.|Micrometer: the HTTP server observation (metrics)" \
    "@OncePerRequestFilter.doFilter|other servlet filters (encoding, form, request context)" \
    "@org.apache.coyote.|Tomcat (connection, HTTP parsing and writing)" \
    "@org.apache.tomcat.util.net.|Tomcat (connection, HTTP parsing and writing)", spec, "@")
  for (i = 1; i <= n; i++) { split(spec[i], kv, "|"); pattern[i] = kv[1]; name[i] = kv[2] }
}
/^jdk\.ExecutionSample/ { layer = ""; thread = ""; total++; next }
/sampledThread = "/ { thread = $0; sub(/.*sampledThread = "/, "", thread); sub(/".*/, "", thread); gsub(/[-0-9]+$/, "", thread); next }
/^[ \t]+[A-Za-z_$][A-Za-z0-9_$.<>]*\(/ && layer == "" {
  for (i = 1; i <= n; i++) if (index($0, pattern[i])) { layer = name[i]; break }
  next
}
/^}/ { count[layer != "" ? layer : "elsewhere, thread " thread]++ }
END { for (l in count) printf "%d\t%.1f\t%s\n", count[l], 100 * count[l] / total, l }
