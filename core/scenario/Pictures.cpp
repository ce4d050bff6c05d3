#include "scenario/Pictures.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace threadline::scenario {

namespace {

constexpr int kPhotoWidth = 320;
constexpr int kPhotoHeight = 400;

cv::Scalar colour(Random& random, int low, int high) {
    return cv::Scalar(random.between(low, high), random.between(low, high),
                      random.between(low, high));
}

QByteArray jpeg(const cv::Mat& image, int quality) {
    std::vector<uchar> bytes;
    cv::imencode(".jpg", image, bytes, {cv::IMWRITE_JPEG_QUALITY, quality});
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

void drawRoom(cv::Mat& image, Random& random) {
    const int floor = random.between(250, 320);
    image.setTo(colour(random, 120, 230)); // wall
    cv::rectangle(image, {0, floor}, {kPhotoWidth, kPhotoHeight}, colour(random, 40, 140),
                  cv::FILLED); // floor
    const int windowX = random.between(20, 180);
    cv::rectangle(image, {windowX, 40}, {windowX + 90, 150}, colour(random, 180, 255),
                  cv::FILLED); // window
    cv::line(image, {windowX + 45, 40}, {windowX + 45, 150}, {60, 60, 60}, 3);
    const int bedX = random.between(10, 120);
    cv::rectangle(image, {bedX, floor - 60}, {bedX + 180, floor + 30}, colour(random, 60, 255),
                  cv::FILLED); // bed
    cv::rectangle(image, {bedX, floor - 95}, {bedX + 18, floor + 30}, colour(random, 30, 90),
                  cv::FILLED); // headboard
    const cv::Point lamp(random.between(230, 300), floor - 110);
    cv::line(image, lamp, {lamp.x, floor}, {30, 30, 30}, 2);
    cv::circle(image, lamp, random.between(14, 24), colour(random, 150, 255), cv::FILLED);
    const int frameX = random.between(140, 250);
    cv::rectangle(image, {frameX, 170}, {frameX + 50, 215}, colour(random, 0, 255), cv::FILLED);
    cv::rectangle(image, {frameX, 170}, {frameX + 50, 215}, {20, 20, 20}, 2);
}

// Hershey fonts draw ASCII only: "Lucía" is typed as "Lucia".
std::string ascii(const QString& text) {
    std::string folded;
    for (const QChar character : text.normalized(QString::NormalizationForm_D))
        if (character.unicode() < 0x80)
            folded += char(character.unicode());
    return folded;
}

} // namespace

QByteArray adPhoto(std::uint64_t seed, Random& copy) {
    Random random(seed);
    cv::Mat image(kPhotoHeight, kPhotoWidth, CV_8UC3);
    drawRoom(image, random);
    // Each copy a site serves is cropped by a few pixels, a shade brighter or darker, and
    // compressed at its own quality: the perceptual hash moves by a few bits, no more.
    const int left = int(copy.below(6)), top = int(copy.below(6));
    cv::Mat cropped = image(cv::Rect(left, top, kPhotoWidth - 6, kPhotoHeight - 6)).clone();
    cropped.convertTo(cropped, -1, 1.0, double(copy.between(-10, 10)));
    return jpeg(cropped, copy.between(70, 95));
}

ScannedPage scanPage(const QStringList& lines, Random& random) {
    constexpr int width = 850, height = 1100; // a letter page at 100 dpi
    cv::Mat page(height, width, CV_8UC1, cv::Scalar(random.between(225, 245)));
    int baseline = 90;
    for (const QString& line : lines) {
        const bool heading = line.startsWith(QLatin1String("# "));
        const std::string text = ascii(heading ? line.mid(2) : line);
        cv::putText(page, text, {70, baseline}, cv::FONT_HERSHEY_DUPLEX, heading ? 1.0 : 0.6,
                    cv::Scalar(25), heading ? 2 : 1, cv::LINE_AA);
        baseline += heading ? 60 : 36;
    }
    for (int speck = 0; speck < 400; ++speck) // dust on the glass
        page.at<uchar>(int(random.below(height)), int(random.below(width))) =
            uchar(random.between(90, 180));
    return {jpeg(page, 85), width, height};
}

} // namespace threadline::scenario
