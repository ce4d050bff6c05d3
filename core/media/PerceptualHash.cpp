#include "media/PerceptualHash.h"

#include <opencv2/core.hpp>
#include <opencv2/img_hash.hpp>

namespace threadline::media {

std::uint64_t perceptualHash(const QImage& image) {
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    // Wraps the QImage's pixels without copying; PHash only reads them.
    const cv::Mat pixels(gray.height(), gray.width(), CV_8UC1, const_cast<uchar*>(gray.constBits()),
                         size_t(gray.bytesPerLine()));
    cv::Mat hash;
    cv::img_hash::PHash::create()->compute(pixels, hash);
    std::uint64_t value = 0;
    for (int index = 0; index < hash.cols && index < 8; ++index)
        value = (value << 8) | hash.at<uchar>(0, index);
    return value;
}

} // namespace threadline::media
