package cn.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeesTest {

    @Test
    void first_ten_items_in_a_month_are_free() {
        assertThat(Fees.perItem(0, 10)).isZero();
        assertThat(Fees.perItem(9, 1)).isZero();
    }

    @Test
    void items_eleven_to_thirty_cost_100_each() {
        assertThat(Fees.perItem(10, 1)).isEqualTo(100);
        assertThat(Fees.perItem(0, 30)).isEqualTo(20 * 100);
    }

    @Test
    void each_further_band_of_ten_items_costs_100_more_per_item() {
        assertThat(Fees.itemRate(31)).isEqualTo(200);
        assertThat(Fees.itemRate(40)).isEqualTo(200);
        assertThat(Fees.itemRate(41)).isEqualTo(300);
        assertThat(Fees.itemRate(51)).isEqualTo(400);
        // a request of 5 items after 28 earlier this month: items 29, 30 at 100, 31–33 at 200
        assertThat(Fees.perItem(28, 5)).isEqualTo(2 * 100 + 3 * 200);
    }

    @Test
    void pages_are_charged_by_band_on_the_part_within_each_band() {
        assertThat(Fees.perPage(30)).isZero();
        assertThat(Fees.perPage(31)).isEqualTo(10);
        assertThat(Fees.perPage(100)).isEqualTo(70 * 10);
        assertThat(Fees.perPage(101)).isEqualTo(700 + 20);
        assertThat(Fees.perPage(200)).isEqualTo(700 + 2000);
        assertThat(Fees.perPage(250)).isEqualTo(700 + 2000 + 50 * 40);
    }

    @Test
    void one_request_is_charged_on_one_basis_only() {
        assertThat(Fees.quote(Fees.Basis.PER_PAGE, 31, 40)).isEqualTo(10);
        assertThat(Fees.quote(Fees.Basis.PER_ITEM, 1, 40)).isEqualTo(300);
    }

    @Test
    void negative_quantities_are_refused() {
        assertThatThrownBy(() -> Fees.perPage(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
