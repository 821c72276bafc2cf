package vn.greenzone.hotline.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.platform.ProblemException;

/** Categories, agencies and routing rules: the desk's configuration, small enough to read whole. */
@Repository
public class Catalogue {

    public record Category(String code, String nameVi, String nameEn, int deadlineMinutes) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
        }
    }

    public record Agency(long id, String unitCode, String name, String headPhone, List<String> memberPhones) {
    }

    public record Rule(long id, String categoryCode, String unitCode, long agencyId) {
    }

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Category> categories() {
        return jdbc.sql("select code, name_vi, name_en, deadline_minutes from hotline_category order by position, code")
                .query((rs, row) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
    }

    /** The category, or 400 {@code hotline.category-unknown}: it comes from a form or a client. */
    public Category requireCategory(String code) {
        return categories().stream().filter(category -> category.code().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("hotline.category-unknown", String.valueOf(code)));
    }

    public void saveCategory(Category category) {
        jdbc.sql("""
                insert into hotline_category (code, name_vi, name_en, deadline_minutes, position)
                values (:code, :vi, :en, :minutes, (select coalesce(max(position), 0) + 1 from hotline_category))
                on conflict (code) do update set name_vi = excluded.name_vi, name_en = excluded.name_en,
                    deadline_minutes = excluded.deadline_minutes""")
                .param("code", category.code()).param("vi", category.nameVi()).param("en", category.nameEn())
                .param("minutes", category.deadlineMinutes()).update();
    }

    /** A new agency; 409 {@code hotline.agency-exists} when the unit already has one of that name. */
    public long addAgency(String unitCode, String name, String headPhone, List<String> memberPhones) {
        long id;
        try {
            id = jdbc.sql("insert into hotline_agency (unit_code, name, head_phone) values (:unit, :name, :head) returning id")
                    .param("unit", unitCode).param("name", name).param("head", headPhone).query(Long.class).single();
        } catch (DuplicateKeyException exists) {
            throw new ProblemException(org.springframework.http.HttpStatus.CONFLICT, "hotline.agency-exists", name);
        }
        for (String phone : memberPhones) {
            jdbc.sql("insert into hotline_agency_member (agency_id, phone) values (:id, :phone) on conflict do nothing")
                    .param("id", id).param("phone", phone).update();
        }
        return id;
    }

    public Optional<Agency> agency(long id) {
        return agencies("where a.id = :id", id, null).stream().findFirst();
    }

    /** The names of these agencies, by id, in one query: a queue names the agency of every row. */
    public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
        var names = new java.util.HashMap<Long, String>();
        jdbc.sql("select id, name from hotline_agency where id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    /** Agencies of these units (a subtree). */
    public List<Agency> agenciesIn(java.util.Collection<String> units) {
        return agencies("where a.unit_code = any(:units)", null, units.toArray(String[]::new));
    }

    /** Agencies whose head or a member signs in with this phone. */
    public List<Agency> agenciesOf(String internationalPhone) {
        return jdbc.sql("""
                select a.id from hotline_agency a where a.head_phone = :phone
                union select m.agency_id from hotline_agency_member m where m.phone = :phone order by 1""")
                .param("phone", internationalPhone).query(Long.class).list()
                .stream().map(id -> agency(id).orElseThrow()).toList();
    }

    private List<Agency> agencies(String where, Long id, String[] units) {
        return jdbc.sql("""
                select a.id, a.unit_code, a.name, a.head_phone,
                       array(select m.phone from hotline_agency_member m where m.agency_id = a.id order by m.phone) as members
                from hotline_agency a\s""" + where + " order by a.name")
                .param("id", id).param("units", units)
                .query((rs, row) -> new Agency(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        List.of((String[]) rs.getArray(5).getArray())))
                .list();
    }

    /** Sets the agency for a category on a unit (one rule per pair: a second call replaces the first). */
    public long saveRule(String categoryCode, String unitCode, long agencyId) {
        return jdbc.sql("""
                insert into hotline_rule (category_code, unit_code, agency_id) values (:category, :unit, :agency)
                on conflict (category_code, unit_code) do update set agency_id = excluded.agency_id returning id""")
                .param("category", categoryCode).param("unit", unitCode).param("agency", agencyId)
                .query(Long.class).single();
    }

    public Optional<Rule> rule(long id) {
        return jdbc.sql("select id, category_code, unit_code, agency_id from hotline_rule where id = :id").param("id", id)
                .query(Catalogue::rule).optional();
    }

    public void deleteRule(long id) {
        jdbc.sql("delete from hotline_rule where id = :id").param("id", id).update();
    }

    /** Rules on these units (a path from the country down, or a subtree). */
    public List<Rule> rulesOn(java.util.Collection<String> units) {
        return jdbc.sql("select id, category_code, unit_code, agency_id from hotline_rule where unit_code = any(:units) order by id")
                .param("units", units.toArray(String[]::new)).query(Catalogue::rule).list();
    }

    private static Rule rule(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Rule(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4));
    }
}
