#include "Vgg16Layout.h"

namespace tl {

const std::vector<Vgg16Layer>& vgg16Layers()
{
    static const std::vector<Vgg16Layer> layers = [] {
        const int convsPerBlock[] = {2, 2, 3, 3, 3};
        const int widthPerBlock[] = {64, 128, 256, 512, 512};
        std::vector<Vgg16Layer> result;
        int channels = 3;
        for (int block = 0; block < 5; ++block) {
            const std::string prefix = "block" + std::to_string(block + 1);
            for (int conv = 0; conv < convsPerBlock[block]; ++conv) {
                result.push_back({prefix + "_conv" + std::to_string(conv + 1), channels, widthPerBlock[block]});
                channels = widthPerBlock[block];
            }
            result.push_back({prefix + "_pool", 0, 0});
        }
        return result;
    }();
    return layers;
}

} // namespace tl
