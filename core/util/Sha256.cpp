#include "util/Sha256.h"

#include <openssl/evp.h>

namespace threadline {

struct Sha256::Context {
    EVP_MD_CTX* digest = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(digest); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>()) {
    if (!m_context->digest || EVP_DigestInit_ex(m_context->digest, EVP_sha256(), nullptr) != 1)
        qFatal("OpenSSL cannot compute SHA-256 (out of memory?)");
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes) {
    EVP_DigestUpdate(m_context->digest, bytes.data(), std::size_t(bytes.size()));
}

QString Sha256::hexResult() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->digest, digest, &length);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), qsizetype(length)).toHex());
}

QString Sha256::hexOf(QByteArrayView bytes) {
    Sha256 hash;
    hash.addData(bytes);
    return hash.hexResult();
}

} // namespace threadline
