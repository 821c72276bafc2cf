package vn.greenzone.declaration.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The ISO 3166-1 countries with their Vietnamese and English names, from {@code declaration/countries.tsv}
 * (written once from the Unicode CLDR data the JDK carries, so the list does not change with the JDK).
 */
@Component
public class Countries {

    /** One country: its alpha-2 code and its name in the reader's language. */
    public record Country(String code, String name) {
    }

    private record Names(String vi, String en) {
    }

    private final Map<String, Names> byCode = new LinkedHashMap<>();

    Countries() {
        var resource = new ClassPathResource("declaration/countries.tsv");
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
                String[] columns = line.split("\t");
                byCode.put(columns[0], new Names(columns[1], columns[2]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** The country's name in the reader's language; the code itself when unknown. */
    public String name(String code, Locale locale) {
        Names names = byCode.get(code);
        if (names == null) {
            return code;
        }
        return "en".equals(locale.getLanguage()) ? names.en() : names.vi();
    }

    /** Every country, by name in the reader's language. */
    public List<Country> all(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return byCode.keySet().stream().map(code -> new Country(code, name(code, locale)))
                .sorted(Comparator.comparing(Country::name, collator)).toList();
    }
}
