package vn.greenzone.outreach.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.greenzone.outreach.OptOuts;
import vn.greenzone.platform.ProblemException;

/** Templates' variables and the reply keywords, without the application. */
class TemplatesTest {

    @Test
    void onlyNameAndLinkAreVariablesAndTheyAreFilledIn() {
        Templates.check("templateVi", "Chào {name}, cài {link} {name}", 400);
        assertThatThrownBy(() -> Templates.check("templateVi", "Chào {ho_ten}", 400))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo("campaign.unknown-variable");
                    assertThat(e.arguments()).containsExactly("{ho_ten}", "{link}, {name}");
                });
        assertThatThrownBy(() -> Templates.check("templateEn", "{}", 400)).isInstanceOf(ProblemException.class);
        assertThat(Templates.render("Chào {name}, cài {link} – {name}", "Lan", "https://g.vn/"))
                .isEqualTo("Chào Lan, cài https://g.vn/ – Lan");
    }

    @Test
    void stopKeywordsIgnoreCaseMarksAndSpacesButNotOtherWords() {
        assertThat(OptOuts.isStopKeyword("TỪ CHỐI")).isTrue();
        assertThat(OptOuts.isStopKeyword("  tu   choi ")).isTrue();
        assertThat(OptOuts.isStopKeyword("Stop")).isTrue();
        assertThat(OptOuts.isStopKeyword("stop please call me")).isFalse();
        assertThat(OptOuts.isStopKeyword(null)).isFalse();
    }
}
