# Condenses an EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) into a short indented tree: sibling nodes that
# differ only by their day partition (the scans under one Append) are folded into one line (×N), their
# children merged the same way; rows, removed rows and times are totals over all loops and partitions
# (EXPLAIN's own are per-loop averages); buffers are shared hit/read.
def part: gsub("_[0-9]{8}"; "_*");
# Nodes fold together when they are of one type, on one table or index up to the day, and use the same
# indexes below them (so the branches of a union stay apart).
def key: [."Node Type", (."Index Name" // "" | part), (."Relation Name" // "" | part), (."Parent Relationship" // ""),
          ([.. | objects | ."Index Name"? // empty | part] | unique)] | tostring;
def totals: {
  n: 1,
  loops: (."Actual Loops" // 0),
  rows: ((."Actual Rows" // 0) * (."Actual Loops" // 0)),
  removed: (((."Rows Removed by Filter" // 0) + (."Rows Removed by Index Recheck" // 0)) * (."Actual Loops" // 0)),
  ms: ((."Actual Total Time" // 0) * (."Actual Loops" // 0)),
  hit: (."Shared Hit Blocks" // 0),
  read: (."Shared Read Blocks" // 0),
  pruned: (."Subplans Removed" // 0)
};
def add_totals(a; b): {n: (a.n + b.n), loops: (a.loops + b.loops), rows: (a.rows + b.rows),
  removed: (a.removed + b.removed), ms: (a.ms + b.ms), hit: (a.hit + b.hit), read: (a.read + b.read),
  pruned: (a.pruned + b.pruned)};
def r1: (. * 10 | round) / 10;
# A group of nodes folded into one: {node, t, children}, the children of all members grouped again.
def fold_group:
  . as $nodes
  | {node: $nodes[0],
     t: (reduce $nodes[1:][] as $c ($nodes[0] | totals; add_totals(.; $c | totals))),
     children: ([$nodes[] | .Plans // []] | add // []
                | . as $all
                | ($all | map(key) | unique) as $keys
                | [$keys[] as $k | {at: ($all | map(key) | index($k)), members: [$all[] | select(key == $k)]}]
                | sort_by(.at) | map(.members | fold_group))};
def line($t):
  (if .["Index Name"] then " using " + (.["Index Name"] | part) else "" end) as $idx
  | (if .["Relation Name"] then " on " + (.["Relation Name"] | part) else "" end) as $rel
  | (if $t.n > 1 then " ×\($t.n)" else "" end) as $many
  | (if $t.pruned > 0 then ", \($t.pruned) partitions pruned" else "" end) as $pruned
  | (if .["Strategy"] and .["Node Type"] != "Result" and .["Strategy"] != "Plain" then " " + .["Strategy"] else "" end) as $strategy
  | "\(.["Node Type"])\($strategy)\($idx)\($rel)\($many): \($t.rows | floor) rows"
    + (if $t.loops > 1 then " in \($t.loops | floor) loops" else "" end)
    + (if $t.removed > 0 then ", \($t.removed | floor) removed by filter" else "" end)
    + ", \($t.ms | r1) ms, buffers \($t.hit)/\($t.read)\($pruned)";
def render($depth):
  (("  " * $depth) + (if $depth > 0 then "-> " else "" end) + (.t as $t | .node | line($t))),
  (.children[] | render($depth + 1));
.[0] as $e
| "planning \($e["Planning Time"] | r1) ms, execution \($e["Execution Time"] | r1) ms"
  + (if $e.JIT then ", JIT \($e.JIT.Functions) functions \($e.JIT.Timing.Total | r1) ms" else "" end)
  + ", buffers \($e.Plan["Shared Hit Blocks"] // 0)/\($e.Plan["Shared Read Blocks"] // 0) (shared hit/read)",
  ([$e.Plan] | fold_group | render(0))
