/**
 * Contact tracing: confirmed cases (F0), the venues they visited in their infectious window, contacts by
 * overlapping visits (F1) and their contacts (F2), decisions, notices, follow-up, line lists, the
 * transmission graph, and risky-venue alerts approved by a second official.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contact tracing")
package vn.greenzone.tracing;
