package org.gptracker.command.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tree built level by level is RFC 9162's, and every path it gives checks by §2.1.3.2. */
class MerkleTreeTest {

    @Test
    void theRootIsTheRecursiveDefinitionsForEverySizeUpToSixtyFour() throws Exception {
        for (int size = 1; size <= 64; size++) {
            List<byte[]> leaves = leaves(size);

            assertThat(MerkleTree.of(leaves).root()).as("size %d", size).isEqualTo(mth(leaves));
        }
    }

    @Test
    void everyLeafsPathLeadsToTheRootByTheRfcsCheck() throws Exception {
        for (int size = 1; size <= 64; size++) {
            List<byte[]> leaves = leaves(size);
            MerkleTree tree = MerkleTree.of(leaves);
            for (int index = 0; index < size; index++) {
                assertThat(rootFromPath(index, size, leaves.get(index), tree.path(index)))
                        .as("leaf %d of %d", index, size).isEqualTo(tree.root());
            }
        }
    }

    @Test
    void aPathDoesNotLeadToTheRootFromAnotherLeaf() throws Exception {
        List<byte[]> leaves = leaves(7);
        MerkleTree tree = MerkleTree.of(leaves);

        assertThat(rootFromPath(3, 7, leaves.get(4), tree.path(3))).isNotEqualTo(tree.root());
    }

    @Test
    void theEmptyTreesRootIsTheHashOfNothing() throws Exception {
        assertThat(HexFormat.of().formatHex(MerkleTree.of(List.of()).root()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void aLeafHashesItsDataAfterAZeroByte() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update((byte) 0);
        byte[] expected = sha256.digest("p-1\n4\nabc".getBytes(StandardCharsets.UTF_8));

        assertThat(MerkleTree.leafHash("p-1", 4, "abc")).isEqualTo(expected);
    }

    private static List<byte[]> leaves(int size) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            leaves.add(MerkleTree.leafHash("aggregate-" + i, i, "%064x".formatted(i)));
        }
        return leaves;
    }

    /** RFC 9162 §2.1.1 as written: MTH(D[n]) = SHA-256(0x01 ‖ MTH(D[0:k]) ‖ MTH(D[k:n])). */
    private static byte[] mth(List<byte[]> leaves) throws Exception {
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update((byte) 1);
        sha256.update(mth(leaves.subList(0, k)));
        sha256.update(mth(leaves.subList(k, leaves.size())));
        return sha256.digest();
    }

    /** RFC 9162 §2.1.3.2: the root an inclusion proof leads to, or null when the proof is malformed. */
    private static byte[] rootFromPath(int leafIndex, int treeSize, byte[] leafHash, List<byte[]> path) throws Exception {
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return null;
            }
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((byte) 1);
            if (fn % 2 == 1 || fn == sn) {
                sha256.update(p);
                sha256.update(r);
                while (fn % 2 == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sha256.update(r);
                sha256.update(p);
            }
            r = sha256.digest();
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? Arrays.copyOf(r, r.length) : null;
    }
}
