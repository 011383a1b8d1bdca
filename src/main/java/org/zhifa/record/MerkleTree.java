package org.zhifa.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The Merkle tree hash of RFC 6962 (Certificate Transparency) over the chain heads of all cases, in business-key
 * order: {@code leaf = SHA-256(0x00 ‖ key ‖ 0x00 ‖ seq ‖ 0x00 ‖ head hash)}, {@code node = SHA-256(0x01 ‖ left ‖
 * right)}, split at the largest power of two below the size; the empty tree is SHA-256 of nothing. One root commits to
 * every case's head at once.
 */
final class MerkleTree {

    /** One case's head. */
    record Leaf(String businessKey, long seq, String hash) {
    }

    private MerkleTree() {
    }

    static String root(List<Leaf> leaves) {
        return HexFormat.of().formatHex(root(leaves, 0, leaves.size()));
    }

    private static byte[] root(List<Leaf> leaves, int from, int to) {
        int size = to - from;
        if (size == 0) {
            return digest().digest();
        }
        if (size == 1) {
            return leaf(leaves.get(from));
        }
        int split = Integer.highestOneBit(size - 1);
        MessageDigest node = digest();
        node.update((byte) 1);
        node.update(root(leaves, from, from + split));
        node.update(root(leaves, from + split, to));
        return node.digest();
    }

    static byte[] leaf(Leaf leaf) {
        MessageDigest digest = digest();
        digest.update((byte) 0);
        digest.update(leaf.businessKey().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Long.toString(leaf.seq()).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) 0);
        digest.update(leaf.hash().getBytes(StandardCharsets.US_ASCII));
        return digest.digest();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
