package it.modulistica.engine.lifecycle;

import static it.modulistica.engine.lifecycle.Lifecycle.OPERATOR;
import static it.modulistica.engine.lifecycle.Lifecycle.OWNER;
import static it.modulistica.engine.lifecycle.Lifecycle.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.modulistica.engine.definition.FormDefinition;
import it.modulistica.engine.instance.Instance;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Le mie istanze": search, paging and stars over instances brought to their states by real
 * transitions; run on each database by a subclass. The instances are made once, each on a day of
 * its own: a draft (1 Aug), a ready one (2 Aug), a sent one (3 Aug), a deleted draft, a stranger's.
 */
abstract class MyInstancesTests extends PlatformTests {

    private MyInstances mine;
    private FormDefinition module;
    private FormDefinition otherModule;
    private Instance draft;
    private Instance ready;
    private Instance sent;

    @BeforeAll
    void instancesOfEveryKind() {
        mine = platform.myInstances;
        module = platform.publishStandard();
        otherModule = platform.publishStandard();
        platform.clock.set("2026-08-01T10:00:00Z");
        draft = platform.reach(module, "BOZZA");
        platform.clock.set("2026-08-02T10:00:00Z");
        ready = platform.reach(otherModule, "DA_INVIARE");
        platform.clock.set("2026-08-03T21:30:00Z");
        sent = platform.reach(module, "INVIATA");
        platform.lifecycle.delete(platform.reach(module, "BOZZA").id(), OWNER);
        platform.lifecycle.create(module.code(), STRANGER, null);
        mine.star(sent.id(), OWNER);
    }

    @Test
    void listsTheCallersOwnInstancesNotDeletedNewestFirst() {
        InstancePage page = mine.search(OWNER, InstanceQuery.all(0, 20));

        assertThat(page.items()).extracting(InstanceSummary::id).containsExactly(sent.id(), ready.id(), draft.id());
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items().get(0)).satisfies(summary -> {
            assertThat(summary.formCode()).isEqualTo(module.code());
            assertThat(summary.state()).isEqualTo("INVIATA");
            assertThat(summary.tab()).isEqualTo("inviate");
            assertThat(summary.number()).isEqualTo(sent.number().orElseThrow());
            assertThat(summary.sentAt()).isEqualTo(sent.sentAt().orElseThrow());
            assertThat(summary.starred()).isTrue();
            assertThat(summary.version()).isEqualTo(sent.version().orElseThrow());
        });
    }

    @Test
    void pagesThroughTheResults() {
        InstancePage second = mine.search(OWNER, InstanceQuery.all(1, 2));

        assertThat(second.items()).extracting(InstanceSummary::id).containsExactly(draft.id());
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.page()).isEqualTo(1);
    }

    @Test
    void filtersByTabModuleStateAndNumber() {
        assertThat(ids(new InstanceQuery("in-lavorazione", null, null, null, null, null, null, 0, 20)))
                .containsExactly(ready.id(), draft.id());
        assertThat(ids(new InstanceQuery(null, otherModule.code(), null, null, null, null, null, 0, 20)))
                .containsExactly(ready.id());
        assertThat(ids(new InstanceQuery(null, null, "BOZZA", null, null, null, null, 0, 20)))
                .containsExactly(draft.id());
        String number = sent.number().orElseThrow();
        assertThat(ids(new InstanceQuery(null, null, null, number.substring(number.length() - 9).toLowerCase(),
                null, null, null, 0, 20))).containsExactly(sent.id());
        assertThat(ids(new InstanceQuery(null, null, null, "%", null, null, null, 0, 20))).isEmpty();
        // A number longer than 7 characters is found by its last 7, then checked whole.
        assertThat(ids(new InstanceQuery(null, null, null, number, null, null, null, 0, 20)))
                .containsExactly(sent.id());
        assertThat(ids(new InstanceQuery(null, null, null, "Z" + number, null, null, null, 0, 20))).isEmpty();
        assertThat(ids(new InstanceQuery(null, null, null, "%_%_%_%_%", null, null, null, 0, 20))).isEmpty();
    }

    @Test
    void filtersByCreationDayInRome() {
        // Created at 21:30 UTC on 3 August, which is 23:30 in Rome: still 3 August there.
        assertThat(ids(new InstanceQuery(null, null, null, null, LocalDate.parse("2026-08-03"),
                LocalDate.parse("2026-08-03"), null, 0, 20))).containsExactly(sent.id());
        assertThat(ids(new InstanceQuery(null, null, null, null, LocalDate.parse("2026-08-02"), null, null, 0, 20)))
                .containsExactly(sent.id(), ready.id());
        assertThat(ids(new InstanceQuery(null, null, null, null, null, LocalDate.parse("2026-08-01"), null, 0, 20)))
                .containsExactly(draft.id());
    }

    @Test
    void filtersTheCallersStarredInstances() {
        assertThat(ids(new InstanceQuery(null, null, null, null, null, null, true, 0, 20))).containsExactly(sent.id());
        assertThat(ids(new InstanceQuery(null, null, null, null, null, null, false, 0, 20)))
                .containsExactly(ready.id(), draft.id());
    }

    @Test
    void keepsStarsPerUserAndTakesRepeatsCalmly() {
        mine.star(draft.id(), OWNER);
        mine.star(draft.id(), OWNER);
        mine.star(sent.id(), OPERATOR);

        assertThat(starred(OWNER)).containsExactly(sent.id(), draft.id());
        mine.unstar(draft.id(), OWNER);
        mine.unstar(draft.id(), OWNER);
        assertThat(starred(OWNER)).containsExactly(sent.id());
        assertThat(platform.jdbc.sql("select count(*) from instance_star where username = 'anna.bianchi'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void pagesByCursorBothWaysAndStaysPutWhenInstancesAreAdded() {
        // A caller of their own, five instances, two created at the same instant (the id breaks the tie).
        Caller caf = Caller.user("caf.paging");
        List<UUID> created = new java.util.ArrayList<>();
        for (String at : List.of("2026-09-01T08:00:00Z", "2026-09-02T08:00:00Z", "2026-09-02T08:00:00Z",
                "2026-09-03T08:00:00Z", "2026-09-04T08:00:00Z")) {
            platform.clock.set(at);
            created.add(platform.lifecycle.create(module.code(), caf, null).id());
        }
        List<UUID> newestFirst = mine.search(caf, InstanceQuery.all(0, 20)).items().stream()
                .map(InstanceSummary::id).toList();
        assertThat(newestFirst).containsExactlyInAnyOrderElementsOf(created);
        assertThat(newestFirst.get(0)).isEqualTo(created.get(4));

        InstancePage first = mine.search(caf, InstanceQuery.all(0, 2));
        assertThat(first.items()).extracting(InstanceSummary::id).containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(first.previous()).isNull();
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.totalCapped()).isFalse();
        // Added after the first page was read: newer than it, so it does not push the next page along.
        platform.clock.set("2026-09-05T08:00:00Z");
        UUID added = platform.lifecycle.create(module.code(), caf, null).id();
        InstanceCursor next = InstanceCursor.parse(first.next().token()).orElseThrow();
        InstancePage second = mine.search(caf, page(next, null, 2));
        assertThat(second.items()).extracting(InstanceSummary::id).containsExactlyElementsOf(newestFirst.subList(2, 4));
        InstancePage third = mine.search(caf, page(second.next(), null, 2));
        assertThat(third.items()).extracting(InstanceSummary::id).containsExactly(newestFirst.get(4));
        assertThat(third.next()).isNull();
        InstancePage back = mine.search(caf, page(null, third.previous(), 2));
        assertThat(back.items()).extracting(InstanceSummary::id).containsExactlyElementsOf(newestFirst.subList(2, 4));
        InstancePage start = mine.search(caf, page(null, back.previous(), 3));
        assertThat(start.items()).extracting(InstanceSummary::id).containsExactly(added, newestFirst.get(0),
                newestFirst.get(1));
        assertThat(start.previous()).isNull();
        assertThat(InstanceCursor.parse("non-un-cursore")).isEmpty();
        assertThatThrownBy(() -> page(next, next, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    private static InstanceQuery page(InstanceCursor after, InstanceCursor before, int size) {
        return new InstanceQuery(null, null, null, null, null, null, null, 0, size, after, before);
    }

    @Test
    void refusesPagesOutOfRange() {
        assertThatThrownBy(() -> InstanceQuery.all(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InstanceQuery.all(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InstanceQuery.all(0, InstanceQuery.MAX_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<UUID> ids(InstanceQuery query) {
        return mine.search(OWNER, query).items().stream().map(InstanceSummary::id).toList();
    }

    private List<UUID> starred(Caller caller) {
        return mine.search(caller, new InstanceQuery(null, null, null, null, null, null, true, 0, 20)).items().stream()
                .map(InstanceSummary::id).toList();
    }
}
