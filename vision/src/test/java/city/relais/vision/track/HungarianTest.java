package city.relais.vision.track;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HungarianTest {

    @Test
    void finds_the_minimum_cost_assignment_where_greedy_fails() {
        double[][] cost = {{1, 2}, {2, 100}};   // greedy takes (0,0) then pays 100
        assertThat(Hungarian.solve(cost)).containsExactly(1, 0);
    }

    @Test
    void handles_rectangular_matrices_both_ways() {
        assertThat(Hungarian.solve(new double[][] {{5, 1, 9}, {1, 5, 9}})).containsExactly(1, 0);
        assertThat(Hungarian.solve(new double[][] {{5, 1}, {1, 5}, {3, 3}})).containsExactly(1, 0, -1);
        assertThat(Hungarian.solve(new double[0][0])).isEmpty();
    }
}
