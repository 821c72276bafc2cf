package vn.greenzone.geo.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.VietnameseText;

/**
 * The whole tree held in memory (about 11,000 units): jurisdiction checks run on every request and
 * must not cost a query. Units change only with an administrative reform, which comes with a restart.
 */
@Service
class UnitTree implements UnitDirectory, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(UnitTree.class);
    private final CompletableFuture<Index> index;

    /**
     * Loads on a thread of its own (a third of a second: 11,000 names folded and their paths built) while the
     * other beans are made; a question asked before it is ready waits for it.
     */
    UnitTree(UnitRepository repository) {
        index = CompletableFuture.supplyAsync(() -> Index.load(repository), runnable ->
                Thread.ofPlatform().name("unit-tree-load").start(runnable));
    }

    /** Waits for the tree once every bean is made, so that a tree that cannot load still stops the start. */
    @Override
    public void afterSingletonsInstantiated() {
        index();
    }

    private Index index() {
        try {
            return index.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private record Index(Map<String, AdministrativeUnit> byCode, Map<String, List<AdministrativeUnit>> childrenByCode,
            List<SearchEntry> searchEntries) {

        static Index load(UnitRepository repository) {
            if (repository.isEmpty()) {
                List<AdministrativeUnit> official = OfficialUnitList.read();
                repository.insertAll(official);
                log.info("Loaded {} administrative units from the official list", official.size());
            }
            List<AdministrativeUnit> all = repository.findAll();
            var index = new Index(new HashMap<>(), new HashMap<>(), new ArrayList<>());
            // Each name folded once: folding per comparison and per path took most of a second at start-up.
            Map<String, String> nameKeys = new HashMap<>();
            Map<String, String> typeKeys = new HashMap<>();
            for (AdministrativeUnit unit : all) {
                index.byCode.put(unit.code(), unit);
                nameKeys.put(unit.code(), VietnameseText.searchKey(unit.name()));
                if (unit.parentCode() != null) {
                    index.childrenByCode.computeIfAbsent(unit.parentCode(), code -> new ArrayList<>()).add(unit);
                }
            }
            index.childrenByCode.values().forEach(children -> children.sort(Comparator.comparing(unit -> nameKeys.get(unit.code()))));
            for (AdministrativeUnit unit : all) {
                String type = typeKeys.computeIfAbsent(unit.type(), VietnameseText::searchKey);
                index.searchEntries.add(SearchEntry.of(unit, index.path(unit.code()), nameKeys, type));
            }
            return index;
        }

        List<AdministrativeUnit> path(String code) {
            var path = new ArrayList<AdministrativeUnit>();
            for (AdministrativeUnit unit = byCode.get(code); unit != null; unit = byCode.get(unit.parentCode())) {
                path.addFirst(unit);
                if (unit.parentCode() == null) {
                    break;
                }
            }
            return path;
        }
    }

    @Override
    public Optional<AdministrativeUnit> find(String code) {
        return Optional.ofNullable(code == null ? null : index().byCode().get(code));
    }

    @Override
    public AdministrativeUnit require(String code) {
        return find(code).orElseThrow(() -> ProblemException.notFound("unit.not-found", String.valueOf(code)));
    }

    @Override
    public List<AdministrativeUnit> children(String code) {
        require(code);
        return Collections.unmodifiableList(index().childrenByCode().getOrDefault(code, List.of()));
    }

    @Override
    public List<AdministrativeUnit> path(String code) {
        require(code);
        return index().path(code);
    }

    @Override
    public Set<String> subtree(String code) {
        var codes = new HashSet<String>();
        var pending = new ArrayDeque<String>(List.of(require(code).code()));
        var childrenByCode = index().childrenByCode();
        while (!pending.isEmpty()) {
            String next = pending.pop();
            codes.add(next);
            childrenByCode.getOrDefault(next, List.of()).forEach(child -> pending.push(child.code()));
        }
        return codes;
    }

    @Override
    public boolean isWithin(String code, String ancestorCode) {
        var byCode = index().byCode();
        for (AdministrativeUnit unit = byCode.get(code); unit != null; unit = byCode.get(unit.parentCode())) {
            if (unit.code().equals(ancestorCode)) {
                return true;
            }
            if (unit.parentCode() == null) {
                return false;
            }
        }
        return false;
    }

    @Override
    public List<AdministrativeUnit> search(String query, String within, int limit) {
        List<String> words = List.of(VietnameseText.searchKey(query).split(" "));
        if (within != null) {
            require(within);
        }
        return index().searchEntries().stream()
                .filter(entry -> entry.matches(words))
                .filter(entry -> within == null || isWithin(entry.unit().code(), within))
                .sorted(Comparator.comparingInt((SearchEntry entry) -> entry.rank(words))
                        .thenComparingInt(entry -> entry.unit().level())
                        .thenComparing(entry -> entry.nameKey()))
                .limit(limit)
                .map(SearchEntry::unit)
                .toList();
    }

    /** A unit with its name and the names above it folded for comparison, each word led by a space. */
    private record SearchEntry(AdministrativeUnit unit, String nameKey, String bareNameKey, String pathKey) {

        static SearchEntry of(AdministrativeUnit unit, List<AdministrativeUnit> path, Map<String, String> nameKeys, String type) {
            var pathKey = new StringBuilder();
            for (int i = path.size() - 1; i >= 0; i--) {
                pathKey.append(' ').append(nameKeys.get(path.get(i).code()));
            }
            String name = nameKeys.get(unit.code());
            String bare = name.startsWith(type + " ") ? name.substring(type.length() + 1) : name;
            return new SearchEntry(unit, name, bare, pathKey.toString());
        }

        boolean matches(List<String> words) {
            return words.stream().allMatch(word -> pathKey.contains(" " + word));
        }

        /** 0: the name itself, 1: every word in the unit's own name, 2: words spread over the path. */
        int rank(List<String> words) {
            String query = String.join(" ", words);
            if (bareNameKey.equals(query) || nameKey.equals(query)) {
                return 0;
            }
            String ownName = " " + nameKey;
            return words.stream().allMatch(word -> ownName.contains(" " + word)) ? 1 : 2;
        }
    }
}
