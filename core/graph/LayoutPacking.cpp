// Connected pieces of a drawing set side by side, so that a fit shows them all at a readable
// size (a force layout pushes unconnected pieces far apart: a few stray pairs made the main
// network a speck in the middle of the view).
#include "graph/LayoutInternal.h"
#include "graph/Structure.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace threadline::graph {

namespace {

constexpr double kGap = 1.5; // chart units between pieces: more than a tie's length

struct Piece {
    std::vector<NodeIndex> nodes;
    double left = 0, top = 0, right = 0, bottom = 0;

    double width() const { return right - left; }
    double height() const { return bottom - top; }
};

std::vector<Piece> piecesOf(const Network& network, const std::vector<Point>& positions) {
    const Components components = connectedComponents(network);
    std::vector<Piece> pieces(components.count());
    for (NodeIndex node = 0; node < network.nodeCount(); ++node)
        pieces[components.componentOf[node]].nodes.push_back(node);
    for (Piece& piece : pieces) {
        const Point first = positions[piece.nodes.front()];
        piece.left = piece.right = first.x;
        piece.top = piece.bottom = first.y;
        for (NodeIndex node : piece.nodes) {
            piece.left = std::min(piece.left, positions[node].x);
            piece.right = std::max(piece.right, positions[node].x);
            piece.top = std::min(piece.top, positions[node].y);
            piece.bottom = std::max(piece.bottom, positions[node].y);
        }
    }
    // Biggest first, by node count, then by area: the main network leads the reading order.
    std::stable_sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) {
        return a.nodes.size() > b.nodes.size();
    });
    return pieces;
}

} // namespace

void packComponents(const Network& network, std::vector<Point>& positions) {
    if (network.nodeCount() == 0)
        return;
    std::vector<Piece> pieces = piecesOf(network, positions);
    if (pieces.size() < 2)
        return;
    double area = 0;
    for (const Piece& piece : pieces)
        area += (piece.width() + kGap) * (piece.height() + kGap);
    // Rows about as wide as a 16:10 screen would show the whole, never narrower than the
    // biggest piece.
    const double rowWidth = std::max(pieces.front().width(), std::sqrt(area * 1.6));
    double x = 0, y = 0, rowHeight = 0;
    for (const Piece& piece : pieces) {
        if (x > 0 && x + piece.width() > rowWidth) {
            x = 0;
            y += rowHeight + kGap;
            rowHeight = 0;
        }
        for (NodeIndex node : piece.nodes) {
            positions[node].x += x - piece.left;
            positions[node].y += y - piece.top;
        }
        x += piece.width() + kGap;
        rowHeight = std::max(rowHeight, piece.height());
    }
}

} // namespace threadline::graph
