package vn.greenzone.tracing.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.tracing.TracingProperties;
import vn.greenzone.tracing.internal.CaseService;
import vn.greenzone.tracing.internal.Contact;
import vn.greenzone.tracing.internal.ContactDerivation;
import vn.greenzone.tracing.internal.ContactService;
import vn.greenzone.tracing.internal.TraceCase;
import vn.greenzone.tracing.internal.TracingViews;
import vn.greenzone.tracing.internal.TransmissionGraph;

/**
 * Everything the case page shows: the case, its venues (and those with a position, for the map), its F1
 * and F2 with the F1 each F2 came through, and the cluster's graph. Contacts are derived afresh, as the API does.
 */
@Component
class CasePage {

    private final CaseService cases;
    private final ContactService contacts;
    private final ContactDerivation derivation;
    private final TracingViews views;
    private final TransmissionGraph graphs;
    private final UnitDirectory units;
    private final TracingProperties properties;
    private final MapSettings map;
    private final MessageSource messages;

    CasePage(CaseService cases, ContactService contacts, ContactDerivation derivation, TracingViews views,
            TransmissionGraph graphs, UnitDirectory units, TracingProperties properties, MapSettings map,
            MessageSource messages) {
        this.cases = cases;
        this.contacts = contacts;
        this.derivation = derivation;
        this.views = views;
        this.graphs = graphs;
        this.units = units;
        this.properties = properties;
        this.map = map;
        this.messages = messages;
    }

    /** Fills the model; {@code full} shows the case and its contacts in full, audited. */
    void fill(long caseId, boolean full, Model model) {
        TraceCase c = cases.require(caseId);
        String context = "page /tracing/cases/" + caseId + (full ? "?full=true" : "");
        model.addAttribute("c", views.caseView(c, full, context));
        model.addAttribute("full", full);
        model.addAttribute("place", units.placeName(c.unitCode()));
        List<TracingViews.VisitView> visits = views.visits(derivation.visitsOf(c));
        model.addAttribute("visits", visits);
        model.addAttribute("mapped", visits.stream().anyMatch(v -> v.latitude() != null && v.longitude() != null));
        model.addAttribute("tileUrl", map.mapTileUrl());
        model.addAttribute("tileAttribution", map.mapAttribution());

        List<Contact> found = contacts.of(c, null);
        List<TracingViews.ContactView> shown = views.contacts(c.id(), found, contacts.pathsOf(found),
                cases.casesByKey(found.stream().map(Contact::key).toList()), full, context);
        Map<Long, String> names = new LinkedHashMap<>();
        shown.forEach(contact -> names.put(contact.id(), contact.person().name()));
        model.addAttribute("f1", shown.stream().filter(contact -> contact.generation() == 1).toList());
        model.addAttribute("f2", shown.stream().filter(contact -> contact.generation() > 1).toList());
        model.addAttribute("through", throughOf(shown, names));
        model.addAttribute("confirmed",
                shown.stream().filter(contact -> contact.decision() == Contact.Decision.CONFIRMED).count());
        model.addAttribute("graphSvg", graphs.svg(translated(graphs.of(c), LocaleContextHolder.getLocale())));
        model.addAttribute("relations", Contact.Relation.values());
        model.addAttribute("zone", properties.zone());
    }

    /** The graph with the relations of contacts added by hand in the reader's language ("Cùng hộ gia đình", not HOUSEHOLD). */
    private TransmissionGraph.Graph translated(TransmissionGraph.Graph graph, Locale locale) {
        return new TransmissionGraph.Graph(graph.clusterId(), graph.nodes(), graph.edges().stream()
                .map(edge -> edge.relation() == null ? edge : new TransmissionGraph.Edge(edge.from(), edge.to(),
                        edge.venueName(), edge.at(), edge.overlapMinutes(), edge.airborne(),
                        messages.getMessage("tracing.relation." + edge.relation(), null, edge.relation(), locale)))
                .toList());
    }

    /** For each F2 and beyond, the names of the contacts it was reached through. */
    private static Map<Long, String> throughOf(List<TracingViews.ContactView> shown, Map<Long, String> names) {
        Map<Long, String> through = new LinkedHashMap<>();
        for (TracingViews.ContactView contact : shown) {
            Set<String> via = new LinkedHashSet<>();
            contact.paths().stream().filter(path -> path.fromContactId() != null)
                    .forEach(path -> via.add(names.getOrDefault(path.fromContactId(), "#" + path.fromContactId())));
            if (!via.isEmpty()) {
                through.put(contact.id(), String.join(", ", via));
            }
        }
        return through;
    }
}
