package vn.greenzone.adoption.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.greenzone.adoption.internal.Dashboard;

/**
 * The child units as a grid of equal tiles coloured by coverage, drawn as SVG on the server: the districts and
 * communes, whose boundaries no packaged data set has (see docs/adoption.md), and the provinces the boundary data
 * set lacks. A grid shows every unit at the same size, so a small ward counts as much as a large rural commune.
 */
record TileMap(int width, int height, List<Tile> tiles) {

    static final int SIZE = 96;
    static final int GAP = 4;

    /** One unit's tile: where it sits, its short name, its coverage and colour band. */
    record Tile(int x, int y, String code, String label, String name, Double coverage, String band) {
    }

    static TileMap of(List<Dashboard.Row> rows) {
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(rows.size())));
        var tiles = new ArrayList<Tile>();
        List<Dashboard.Row> ordered = rows.stream()
                .sorted(Comparator.comparing(row -> row.unit().code())).toList();
        for (int i = 0; i < ordered.size(); i++) {
            Dashboard.Row row = ordered.get(i);
            tiles.add(new Tile(i % columns * (SIZE + GAP), i / columns * (SIZE + GAP), row.unit().code(),
                    shortName(row.unit().name(), row.unit().type()), row.unit().name(), row.judgedCoverage(),
                    row.band()));
        }
        int lines = Math.max(1, (ordered.size() + columns - 1) / columns);
        return new TileMap(columns * (SIZE + GAP) - GAP, lines * (SIZE + GAP) - GAP, tiles);
    }

    /** "Thành phố Đồng Xoài" reads "Đồng Xoài" on a tile; long names are cut with an ellipsis. */
    private static String shortName(String name, String type) {
        String bare = type != null && name.startsWith(type + " ") ? name.substring(type.length() + 1) : name;
        return bare.length() > 11 ? bare.substring(0, 10) + "…" : bare;
    }
}
