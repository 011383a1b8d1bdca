package org.zhifa.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    private static MerkleTree.Leaf leaf(int i) {
        return new MerkleTree.Leaf("ZF-2026-" + i, i, "%064d".formatted(i));
    }

    @Test
    void theEmptyTreeIsTheHashOfNothingAndOneLeafIsItsLeafHash() {
        assertThat(MerkleTree.root(List.of()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(MerkleTree.root(List.of(leaf(1)))).isEqualTo(HexFormat.of().formatHex(MerkleTree.leaf(leaf(1))));
    }

    @Test
    void anyChangeOfAnyHeadChangesTheRoot() {
        List<MerkleTree.Leaf> leaves = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            leaves.add(leaf(i));
        }
        String root = MerkleTree.root(leaves);
        for (int i = 0; i < leaves.size(); i++) {
            List<MerkleTree.Leaf> changed = new ArrayList<>(leaves);
            MerkleTree.Leaf l = leaves.get(i);
            changed.set(i, new MerkleTree.Leaf(l.businessKey(), l.seq() + 1, l.hash()));
            assertThat(MerkleTree.root(changed)).as("head " + i).isNotEqualTo(root);
        }
        assertThat(MerkleTree.root(leaves.subList(0, 6))).as("a case dropped").isNotEqualTo(root);
        assertThat(MerkleTree.root(List.copyOf(leaves))).as("the same heads, the same root").isEqualTo(root);
    }

    @Test
    void leavesAreSeparatedSoThatKeysCannotBeShifted() {
        assertThat(MerkleTree.leaf(new MerkleTree.Leaf("A1", 2, "h")))
                .isNotEqualTo(MerkleTree.leaf(new MerkleTree.Leaf("A", 12, "h")));
    }
}
