package vn.greenzone.tracing.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.greenzone.tracing.TracingProperties;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;

/**
 * The chain of a cluster: its cases, their contacts (rejected candidates left out) and the venues and times
 * that link them. A contact who became a case is one node. Laid out in columns by distance from the first
 * case, and drawn as SVG on the server, so the page needs no script and any browser prints it.
 */
@Component
public class TransmissionGraph {

    public record Node(String id, String kind, String label, int generation, Long caseId, String decision, int column,
            int row) {
    }

    public record Edge(String from, String to, String venueName, Instant at, int overlapMinutes, boolean airborne,
            String relation) {
    }

    public record Graph(long clusterId, List<Node> nodes, List<Edge> edges) {
    }

    private static final int COLUMN = 240;
    private static final int ROW = 64;
    private static final int BOX_W = 170;
    private static final int BOX_H = 36;

    private final CaseRepository cases;
    private final ContactRepository contacts;
    private final Venues venues;
    private final TracingViews views;
    private final TracingProperties properties;

    TransmissionGraph(CaseRepository cases, ContactRepository contacts, Venues venues, TracingViews views,
            TracingProperties properties) {
        this.cases = cases;
        this.contacts = contacts;
        this.venues = venues;
        this.views = views;
        this.properties = properties;
    }

    public Graph of(TraceCase c) {
        List<TraceCase> cluster = cases.inCluster(c.clusterId());
        Map<Long, TraceCase> caseById = cluster.stream().collect(Collectors.toMap(TraceCase::id, x -> x));
        Map<String, TraceCase> caseByKey = new HashMap<>();
        cluster.forEach(x -> caseByKey.putIfAbsent(x.subject().key(), x));
        List<Contact> all = contacts.ofCases(caseById.keySet()).stream()
                .filter(contact -> contact.decision() != Contact.Decision.REJECTED).toList();
        Map<Long, Contact> contactById = all.stream().collect(Collectors.toMap(Contact::id, x -> x));
        List<ContactPath> paths = all.isEmpty() ? List.of() : contacts.pathsOf(contactById.keySet());
        Map<Long, Venue> venueById = venues.findAll(paths.stream().map(ContactPath::venueId).collect(Collectors.toSet()));

        var subjects = new ArrayList<Subject>();
        cluster.forEach(x -> subjects.add(x.subject()));
        all.forEach(contact -> subjects.add(contact.subject()));
        Map<String, String> names = views.maskedNames(subjects);
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (TraceCase x : cluster) {
            nodes.put(x.subject().key(), new Node(x.subject().key(), "CASE", names.get(x.subject().key()), 0, x.id(), null, 0, 0));
        }
        for (Contact contact : all) {
            nodes.putIfAbsent(contact.key(), new Node(contact.key(), "CONTACT", names.get(contact.key()),
                    contact.generation(), null, contact.decision().name(), 0, 0));
        }
        Map<String, Edge> edges = new LinkedHashMap<>();
        Map<Long, List<ContactPath>> pathsOf = paths.stream().collect(Collectors.groupingBy(ContactPath::contactId));
        for (Contact contact : all) {
            String caseKey = caseById.get(contact.caseId()).subject().key();
            if (contact.kind() == Contact.Kind.MANUAL && !pathsOf.containsKey(contact.id())) {
                edges.putIfAbsent(caseKey + ">" + contact.key(),
                        new Edge(caseKey, contact.key(), null, contact.exposureStart(), 0, false, contact.relation()));
            }
            for (ContactPath path : pathsOf.getOrDefault(contact.id(), List.of())) {
                String from = path.fromContactId() == null ? caseKey : contactById.containsKey(path.fromContactId())
                        ? contactById.get(path.fromContactId()).key() : null;
                if (from == null || from.equals(contact.key())) {
                    continue;
                }
                Venue venue = venueById.get(path.venueId());
                Edge edge = new Edge(from, contact.key(), venue == null ? "" : venue.name(), path.exposureStart(),
                        path.overlapMinutes(), path.airborne(), null);
                edges.merge(from + ">" + contact.key(), edge,
                        (kept, other) -> other.overlapMinutes() > kept.overlapMinutes() ? other : kept);
            }
        }
        return new Graph(c.clusterId(), layout(nodes, edges.values(), cluster.getFirst().subject().key()),
                List.copyOf(edges.values()));
    }

    /** Columns by the shortest distance from the first case; nodes nobody reaches go to the last column. */
    private static List<Node> layout(Map<String, Node> nodes, java.util.Collection<Edge> edges, String root) {
        Map<String, List<String>> next = new HashMap<>();
        edges.forEach(edge -> next.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to()));
        Map<String, Integer> depth = new HashMap<>();
        var queue = new ArrayDeque<String>();
        depth.put(root, 0);
        queue.add(root);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (String to : next.getOrDefault(at, List.of())) {
                if (!depth.containsKey(to)) {
                    depth.put(to, depth.get(at) + 1);
                    queue.add(to);
                }
            }
        }
        int last = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        Map<Integer, Integer> rows = new HashMap<>();
        var placed = new ArrayList<Node>();
        for (Node node : nodes.values()) {
            int column = depth.getOrDefault(node.id(), last);
            int row = rows.merge(column, 1, Integer::sum) - 1;
            placed.add(new Node(node.id(), node.kind(), node.label(), node.generation(), node.caseId(), node.decision(),
                    column, row));
        }
        return placed;
    }

    /** The graph as an SVG document: boxes for people (cases red, confirmed contacts amber), lines labelled with venue and time. */
    public String svg(Graph graph) {
        int columns = graph.nodes().stream().mapToInt(Node::column).max().orElse(0) + 1;
        int rows = graph.nodes().stream().mapToInt(Node::row).max().orElse(0) + 1;
        Map<String, Node> byId = graph.nodes().stream().collect(Collectors.toMap(Node::id, n -> n));
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm dd/MM").withZone(properties.zone());
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"graph-svg\" role=\"img\" width=\"")
                .append(columns * COLUMN).append("\" height=\"").append(rows * ROW + 20)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">");
        for (Edge edge : graph.edges()) {
            Node from = byId.get(edge.from());
            Node to = byId.get(edge.to());
            if (from == null || to == null) {
                continue;
            }
            int x1 = x(from) + BOX_W;
            int y1 = y(from) + BOX_H / 2;
            int x2 = x(to);
            int y2 = y(to) + BOX_H / 2;
            svg.append("<line class=\"edge\" x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
                    .append("\" y2=\"").append(y2).append("\" stroke=\"").append(edge.airborne() ? "#9a9a9a" : "#555")
                    .append("\"").append(edge.airborne() ? " stroke-dasharray=\"4 3\"" : "").append("/>");
            String label = edge.relation() != null ? edge.relation()
                    : edge.venueName() + (edge.at() == null ? "" : " · " + time.format(edge.at()));
            svg.append("<text class=\"edge-label\" x=\"").append((x1 + x2) / 2 - 30).append("\" y=\"")
                    .append((y1 + y2) / 2 - 3).append("\" fill=\"#333\">").append(escape(shorten(label, 34))).append("</text>");
        }
        for (Node node : graph.nodes()) {
            String fill = "CASE".equals(node.kind()) ? "#f8d7da" : "CONFIRMED".equals(node.decision()) ? "#ffe8b3" : "#eef1f4";
            String stroke = "CASE".equals(node.kind()) ? "#b02a37" : "#777";
            svg.append("<g class=\"node ").append(node.kind().toLowerCase()).append("\" data-id=\"").append(escape(node.id()))
                    .append("\"><rect x=\"").append(x(node)).append("\" y=\"").append(y(node)).append("\" width=\"").append(BOX_W)
                    .append("\" height=\"").append(BOX_H).append("\" rx=\"6\" fill=\"").append(fill).append("\" stroke=\"")
                    .append(stroke).append("\"/><text x=\"").append(x(node) + 8).append("\" y=\"").append(y(node) + 15)
                    .append("\" font-weight=\"bold\">")
                    .append("CASE".equals(node.kind()) ? "F0 #" + node.caseId() : "F" + node.generation())
                    .append("</text><text x=\"").append(x(node) + 8).append("\" y=\"").append(y(node) + 29).append("\">")
                    .append(escape(shorten(node.label(), 26))).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    private static int x(Node node) {
        return 10 + node.column() * COLUMN;
    }

    private static int y(Node node) {
        return 10 + node.row() * ROW;
    }

    private static String shorten(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
