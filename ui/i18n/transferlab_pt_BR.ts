<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>BatchReport</name>
    <message>
        <location filename="../report/BatchReport.cpp" line="+43" />
        <location line="+130" />
        <source>Classification report</source>
        <translation>Relatório de classificação</translation>
    </message>
    <message>
        <location line="-129" />
        <source>Model: &lt;b&gt;%1&lt;/b&gt;, on the frozen ImageNet %2, trained %3 on %4.</source>
        <translation>Modelo: &lt;b&gt;%1&lt;/b&gt;, sobre a %2 ImageNet congelada, treinado em %3 com %4.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Model fingerprint (SHA-256): %1</source>
        <translation>Impressão digital do modelo (SHA-256): %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none (format 1)</source>
        <translation>nenhuma (formato 1)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Demo weights: results are not meaningful. This model was trained on seeded random backbone weights, not ImageNet's.</source>
        <translation>Pesos de demonstração: os resultados não têm significado. Este modelo foi treinado com pesos aleatórios semeados, não com os do ImageNet.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The model carries no validation or test metrics.</source>
        <translation>O modelo não traz métricas de validação nem de teste.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The model's measured performance</source>
        <translation>O desempenho medido do modelo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Split</source>
        <translation>Divisão</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sensitivity</source>
        <translation>Sensibilidade</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Specificity</source>
        <translation>Especificidade</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In brackets, 95% confidence intervals from a stratified bootstrap of the evaluated images.</source>
        <translation>Entre parênteses, intervalos de confiança de 95% por bootstrap estratificado das imagens avaliadas.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>An image is referred when its probability of “%1” is at least %2: the model's decision threshold (%3) less an uncertainty band of %4.</source>
        <translation>Uma imagem é encaminhada quando sua probabilidade de “%1” é de pelo menos %2: o limiar de decisão do modelo (%3) menos uma faixa de incerteza de %4.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>An image is referred when its most likely class has a probability below %1.</source>
        <translation>Uma imagem é encaminhada quando sua classe mais provável tem probabilidade abaixo de %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refer rule</source>
        <translation>Regra de encaminhamento</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 images classified, %2 referred, %3 unreadable.</source>
        <translation>%1 imagens classificadas, %2 encaminhadas, %3 ilegíveis.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Probability of “%1”</source>
        <translation>Probabilidade de “%1”</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Probability</source>
        <translation>Probabilidade</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Refer</source>
        <translation>Encaminhar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>(unreadable)</source>
        <translation>(ilegível)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>refer</source>
        <translation>encaminhar</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unreadable files</source>
        <translation>Arquivos ilegíveis</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This report is NOT a diagnosis. The model is not a clinically validated device; a clinician decides.</source>
        <translation>Este relatório NÃO é um diagnóstico. O modelo não é um dispositivo validado clinicamente; quem decide é um clínico.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot create '%1': %2</source>
        <translation>não é possível criar '%1': %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>cannot write '%1': %2</source>
        <translation>não é possível gravar '%1': %2</translation>
    </message>
</context>
<context>
    <name>EngineBridge</name>
    <message>
        <location filename="../EngineBridge.cpp" line="+38" />
        <location line="+18" />
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Loading the backbone's weights</source>
        <translation>Carregando os pesos da rede base</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Timing the precisions on this computer</source>
        <translation>Medindo a velocidade das precisões neste computador</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calibrating int8 on your images</source>
        <translation>Calibrando o int8 nas suas imagens</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checking the faster precision's accuracy</source>
        <translation>Verificando a exatidão da precisão mais rápida</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checking the feature cache</source>
        <translation>Verificando o cache de características</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extracting features</source>
        <translation>Extraindo características</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fine-tuning the backbone's last layers</source>
        <translation>Ajustando as últimas camadas da rede base</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluating</source>
        <translation>Avaliando</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Classifying</source>
        <translation>Classificando</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comparing the images</source>
        <translation>Comparando as imagens</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../widgets/LanguageMenu.cpp" line="+24" />
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Applies when TransferLab starts again</source>
        <translation>Vale quando o TransferLab for aberto de novo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ModelFileDialogs.cpp" line="+13" />
        <source>Open Model</source>
        <translation>Abrir modelo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TransferLab models (*.tlmodel *.h5);;TorchScript exports (*.pt);;All files (*)</source>
        <translation>Modelos TransferLab (*.tlmodel *.h5);;Exportações TorchScript (*.pt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save Model As</source>
        <translation>Salvar modelo como</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TransferLab models (*.tlmodel)</source>
        <translation>Modelos TransferLab (*.tlmodel)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>TorchScript, image in, probabilities out (*.pt)</source>
        <translation>TorchScript, entrada: imagem, saída: probabilidades (*.pt)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ONNX, resized image in (*.onnx)</source>
        <translation>ONNX, entrada: imagem redimensionada (*.onnx)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model card, Markdown and JSON (*.md)</source>
        <translation>Ficha do modelo, Markdown e JSON (*.md)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export Model</source>
        <translation>Exportar modelo</translation>
    </message>
</context>
<context>
    <name>MetricText</name>
    <message>
        <location filename="MetricText.cpp" line="+25" />
        <source>%1 (too few images for an interval)</source>
        <translation>%1 (poucas imagens para um intervalo)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (no interval: measured before intervals were)</source>
        <translation>%1 (sem intervalo: medido antes que houvesse intervalos)</translation>
    </message>
</context>
<context>
    <name>TrainOption</name>
    <message>
        <location filename="../../engine/training/TrainOptions.cpp" line="+133" />
        <source>Image size</source>
        <translation>Tamanho da imagem</translation>
    </message>
    <message>
        <location line="+4" />
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Backbone weights</source>
        <translation>Pesos da rede base</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Images are resized to this many pixels square before the backbone (a multiple of 32)</source>
        <translation>As imagens são redimensionadas para este número de pixels de lado antes do backbone (um múltiplo de 32)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Backbone</source>
        <translation>Rede base (backbone)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The frozen ImageNet network whose features the head learns from: VGG16, the classic recipe's, or MobileNetV2, some 50 times lighter</source>
        <translation>A rede ImageNet congelada de cujas características a cabeça aprende: VGG16, a da receita clássica, ou MobileNetV2, cerca de 50 vezes mais leve</translation>
    </message>
    <message>
        <location line="+3" />
        <source>VGG16</source>
        <translation>VGG16</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MobileNetV2</source>
        <translation>MobileNetV2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The backbone's weights: its Keras ImageNet file ("notop", HDF5) or a TorchScript features module (.pt); empty: where File &gt; ImageNet Weights installs them</source>
        <translation>Os pesos do backbone: seu arquivo ImageNet do Keras ("notop", HDF5) ou um módulo de características TorchScript (.pt); vazio: onde Arquivo &gt; Pesos ImageNet os instala</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Head</source>
        <translation>Cabeça classificadora</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How the backbone's feature maps enter the classifier: all of them (Flatten) or averaged per channel (fewer parameters)</source>
        <translation>Como os mapas de características da rede base entram no classificador: todos eles (Flatten) ou a média por canal (menos parâmetros)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Flatten</source>
        <translation>Flatten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Global average pooling</source>
        <translation>Média global (global average pooling)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hidden units</source>
        <translation>Unidades ocultas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size of a hidden Dense+ReLU+Dropout layer; 0 for none</source>
        <translation>Tamanho de uma camada oculta Dense+ReLU+Dropout; 0 para nenhuma</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+47" />
        <location line="+5" />
        <location line="+39" />
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <location line="-89" />
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fraction of hidden units dropped while training (with a hidden layer only)</source>
        <translation>Fração das unidades ocultas descartadas durante o treinamento (somente com camada oculta)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Feature scaling</source>
        <translation>Escala das características</translation>
    </message>
    <message>
        <location line="+1" />
        <source>While the head trains, centre each feature on its mean over the training images and divide all by their typical spread, so that training works whatever the backbone's scale (folded into the saved head); none: the raw features, as the classic recipe</source>
        <translation>Durante o treinamento da cabeça, centraliza cada característica na sua média nas imagens de treino e divide todas pela sua dispersão típica, para que o treinamento funcione qualquer que seja a escala da rede base (incorporado à cabeça salva); nenhuma: as características brutas, como na receita clássica</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Normalise</source>
        <translation>Normalizar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None (raw features)</source>
        <translation>Nenhuma (características brutas)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Optimizer</source>
        <translation>Otimizador</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The optimisation algorithm of the head</source>
        <translation>O algoritmo de otimização da cabeça</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Step size of the optimizer</source>
        <translation>Tamanho do passo do otimizador</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Momentum of SGD (Adam does not use it)</source>
        <translation>Momento do SGD (o Adam não o utiliza)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Batch size</source>
        <translation>Tamanho do lote</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Images per training step</source>
        <translation>Imagens por passo de treinamento</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passes over the training images</source>
        <translation>Passagens pelas imagens de treino</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seeds the validation split, the initial weights and the batch order: the same seed gives the same run</source>
        <translation>Define a divisão de validação, os pesos iniciais e a ordem dos lotes: a mesma semente reproduz a mesma execução</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Validation split</source>
        <translation>Divisão de validação</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fraction of each class's training images held out to validate</source>
        <translation>Fração das imagens de treino de cada classe reservada para validação</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Test split</source>
        <translation>Divisão de teste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fraction of each class's training images held out as a test split, for a dataset without a test folder</source>
        <translation>Fração das imagens de treino de cada classe separada como divisão de teste, para um conjunto de dados sem pasta de teste</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Class weights</source>
        <translation>Pesos das classes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weigh rare classes up so that an imbalanced dataset is learnt fairly</source>
        <translation>Dá mais peso às classes raras para que um conjunto de dados desbalanceado seja aprendido de forma equilibrada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Automatic (inverse frequency)</source>
        <translation>Automático (frequência inversa)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Target sensitivity</source>
        <translation>Sensibilidade-alvo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Two classes: the decision threshold becomes the highest one that finds at least this fraction of the positive class on the validation split; 0: threshold 0.5</source>
        <translation>Duas classes: o limiar de decisão passa a ser o mais alto que detecta pelo menos esta fração da classe positiva na divisão de validação; 0: limiar 0,5</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+17" />
        <location line="+36" />
        <location line="+6" />
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <location line="-56" />
        <source>Calibrate probabilities</source>
        <translation>Calibrar probabilidades</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit a temperature on the validation split so that a probability of 0.8 is right about 8 times in 10 (temperature scaling); the predicted classes do not change</source>
        <translation>Ajusta uma temperatura na divisão de validação para que uma probabilidade de 0,8 acerte cerca de 8 vezes em 10 (temperature scaling); as classes previstas não mudam</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Fine-tune the last block</source>
        <translation>Ajuste fino do último bloco</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After the head, train the backbone's last block (VGG16: block 5; MobileNetV2: block 16 and the last 1x1 convolution) with it for this many epochs, at a low learning rate, from cached features of the layer before it; 0: the frozen recipe only</source>
        <translation>Depois da cabeça, treina com ela o último bloco da rede base (VGG16: bloco 5; MobileNetV2: bloco 16 e a última convolução 1x1) por este número de épocas, com taxa de aprendizado baixa, a partir das características em cache da camada anterior; 0: apenas a receita congelada</translation>
    </message>
    <message>
        <location line="+6" />
        <source> epochs</source>
        <translation> épocas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fine-tuning learning rate</source>
        <translation>Taxa de aprendizado do ajuste fino</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step size of the fine-tuning phase</source>
        <translation>Tamanho do passo da fase de ajuste fino</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Augmentation</source>
        <translation>Aumento de dados</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also learn from the 8 flipped and rotated views of each training image (extracted once)</source>
        <translation>Aprende também com as 8 versões espelhadas e rotacionadas de cada imagem de treino (extraídas uma única vez)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Dihedral (flips and rotations)</source>
        <translation>Diedral (espelhamentos e rotações)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Number format of the backbone's feature extraction. Automatic: the fastest on this computer whose features stay close to FP32. INT8 is calibrated on your own images</source>
        <translation>Formato numérico da extração de características da rede base. Automático: o mais rápido neste computador cujas características ficam próximas das de FP32. INT8 é calibrado nas suas próprias imagens</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+7" />
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location line="-6" />
        <source>FP32</source>
        <translation>FP32</translation>
    </message>
    <message>
        <location line="+1" />
        <source>BF16</source>
        <translation>BF16</translation>
    </message>
    <message>
        <location line="+1" />
        <source>INT8</source>
        <translation>INT8</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the network runs; automatic: a CUDA GPU when there is one</source>
        <translation>Onde a rede é executada; automático: uma GPU CUDA, se houver</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Early stopping patience</source>
        <translation>Paciência da parada antecipada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop after this many epochs without a better validation loss; 0: never</source>
        <translation>Para após este número de épocas sem melhora da perda de validação; 0: nunca</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Learning-rate patience</source>
        <translation>Paciência da taxa de aprendizado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reduce the learning rate after this many epochs without improvement; 0: never</source>
        <translation>Reduz a taxa de aprendizado após este número de épocas sem melhora; 0: nunca</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Learning-rate factor</source>
        <translation>Fator da taxa de aprendizado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The learning rate is multiplied by this factor when reduced</source>
        <translation>A taxa de aprendizado é multiplicada por este fator quando reduzida</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Feature cache</source>
        <translation>Cache de características</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Folder where the backbone's features are cached between runs; empty: the XDG cache folder</source>
        <translation>Pasta onde as características da rede base ficam em cache entre execuções; vazio: a pasta de cache XDG</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <location filename="../widgets/ViewMenu.cpp" line="+15" />
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Show the %1 view</source>
        <translation>Mostrar a tela %1</translation>
    </message>
</context>
<context>
    <name>backbone-precision-unprepared</name>
    <message>
        <location filename="../../engine/backbone/Backbone.cpp" line="+297" />
        <source>this backbone was prepared for %1 and fp32, not %2</source>
        <translation>esta rede base foi preparada para %1 e fp32, não para %2</translation>
    </message>
</context>
<context>
    <name>checkpoint-cannot-write</name>
    <message>
        <location filename="../../engine/training/HeadTrainer.cpp" line="+100" />
        <source>cannot write checkpoint '%1' (is the disk full?)</source>
        <translation>não é possível gravar o checkpoint '%1' (o disco está cheio?)</translation>
    </message>
</context>
<context>
    <name>checkpoint-damaged</name>
    <message>
        <location line="+44" />
        <source>checkpoint '%1' is damaged and cannot be resumed: start the training afresh</source>
        <translation>o checkpoint '%1' está danificado e não pode ser retomado: comece o treinamento do zero</translation>
    </message>
</context>
<context>
    <name>checkpoint-other-settings</name>
    <message>
        <location line="-28" />
        <source>checkpoint '%1' belongs to a run with other settings: start the training afresh, or resume it with the same settings</source>
        <translation>o checkpoint '%1' pertence a uma execução com outras configurações: comece o treinamento do zero ou retome-o com as mesmas configurações</translation>
    </message>
</context>
<context>
    <name>class-too-small-for-folds</name>
    <message>
        <location filename="../../engine/facade/CrossValidation.cpp" line="+50" />
        <source>class '%1' has %2 training image(s): %3-fold cross-validation needs at least %3 per class</source>
        <translation>a classe '%1' tem %2 imagem(ns) de treino: a validação cruzada com %3 partições precisa de pelo menos %3 por classe</translation>
    </message>
</context>
<context>
    <name>class-without-training-images</name>
    <message>
        <location filename="../../engine/data/Dataset.cpp" line="+239" />
        <source>class '%1' has no training images</source>
        <translation>a classe '%1' não tem imagens de treino</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/CliCommon.cpp" line="+24" />
        <source>Print the result as one JSON object on stdout.</source>
        <translation>Imprime o resultado como um único objeto JSON na saída padrão.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>missing --%1 (see --help)</source>
        <translation>falta --%1 (veja --help)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--%1 expects a whole number, got '%2'</source>
        <translation>--%1 espera um número inteiro, recebido: '%2'</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--%1 expects a number, got '%2'</source>
        <translation>--%1 espera um número, recebido: '%2'</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Two classes: also refer images whose positive-class probability is up to this much below the model's threshold (default %1).</source>
        <translation>Duas classes: encaminhar também as imagens cuja probabilidade da classe positiva fica até este tanto abaixo do limiar do modelo (padrão %1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>More than two classes: refer images whose top probability is below this (default %1).</source>
        <translation>Mais de duas classes: encaminhar as imagens cuja maior probabilidade fica abaixo deste valor (padrão %1).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--%1 must be between 0 and 1</source>
        <translation>--%1 deve estar entre 0 e 1</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The trained model file.</source>
        <translation>O arquivo do modelo treinado.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The backbone weights, when they are not where the model was trained.</source>
        <translation>Os pesos da rede base, quando não estão onde o modelo foi treinado.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Test-time augmentation: average over each image's 8 flips and rotations (8x the backbone work).</source>
        <translation>Aumento de dados no teste: média sobre os 8 espelhamentos e rotações de cada imagem (8x o trabalho da rede base).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>demo weights (seeded random, not ImageNet's): the results are not meaningful</source>
        <translation>pesos de demonstração (aleatórios com semente fixa, não os da ImageNet): os resultados não têm significado</translation>
    </message>
    <message>
        <location line="+7" />
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location line="+28" />
        <source>unexpected failure: %1</source>
        <translation>falha inesperada: %1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>ETA %1:%2</source>
        <translation>faltam %1:%2</translation>
    </message>
    <message>
        <location line="+46" />
        <source>skipped %1: %2</source>
        <translation>ignorado %1: %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1  95% CI %2–%3</source>
        <translation>%1  IC 95% %2–%3</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../../app/cli/LeakageCommand.cpp" line="+48" />
        <source>images</source>
        <translation>imagens</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../app/cli/EvaluateCommand.cpp" line="+26" />
        <source>accuracy</source>
        <translation>acurácia</translation>
    </message>
    <message>
        <location line="+0" />
        <source>loss</source>
        <translation>perda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ECE</source>
        <translation>ECE</translation>
    </message>
    <message>
        <location line="+0" />
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location line="+0" />
        <source>sensitivity</source>
        <translation>sensibilidade</translation>
    </message>
    <message>
        <location line="+1" />
        <source>specificity</source>
        <translation>especificidade</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PPV</source>
        <translation>VPP</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NPV</source>
        <translation>VPN</translation>
    </message>
    <message>
        <location line="+7" />
        <source>(intervals: stratified bootstrap, %1 resamples)</source>
        <translation>(intervalos: bootstrap estratificado, %1 reamostragens)</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../app/cli/EvaluateCommand.cpp" line="+4" />
        <source>(too few images for confidence intervals)</source>
        <translation>(poucas imagens para intervalos de confiança)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(expected calibration error, 10 bins)</source>
        <translation>(erro de calibração esperado, 10 faixas)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>(positive class '%1', threshold %2)</source>
        <translation>(classe positiva '%1', limiar de decisão %2)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>precision</source>
        <translation>precisão</translation>
    </message>
    <message>
        <location line="+0" />
        <source>recall</source>
        <translation>revocação</translation>
    </message>
    <message>
        <location line="+0" />
        <source>f1</source>
        <translation>f1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>support</source>
        <translation>suporte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <location line="+11" />
        <source>confusion matrix (rows: true class, columns: predicted)</source>
        <translation>matriz de confusão (linhas: classe real, colunas: classe prevista)</translation>
    </message>
    <message>
        <location filename="../../app/cli/TrainCommand.cpp" line="+22" />
        <source>Where to write the trained model.</source>
        <translation>Onde gravar o modelo treinado.</translation>
    </message>
    <message>
        <location filename="../../app/cli/LeakageCommand.cpp" line="-29" />
        <source>%1 images compared; %2 pairs at similarity %3 or more (%4 listed). Exact copies: %5; across a split: %6; across two classes: %7.</source>
        <translation>%1 imagens comparadas; %2 pares com similaridade %3 ou mais (%4 listados). Cópias exatas: %5; entre divisões: %6; entre duas classes: %7.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>similarity</source>
        <translation>similaridade</translation>
    </message>
    <message>
        <location line="+0" />
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>crosses</source>
        <translation>atravessa</translation>
    </message>
    <message>
        <location line="+0" />
        <source>classes</source>
        <translation>classes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>exact</source>
        <translation>exata</translation>
    </message>
    <message>
        <location line="+0" />
        <source>near</source>
        <translation>próxima</translation>
    </message>
    <message>
        <location line="+2" />
        <source>conflict</source>
        <translation>conflito</translation>
    </message>
    <message>
        <location line="+0" />
        <source>same</source>
        <translation>iguais</translation>
    </message>
    <message>
        <location line="+30" />
        <location filename="../../app/cli/LearningCurveCommand.cpp" line="+57" />
        <location filename="../../app/cli/TrainCommand.cpp" line="+1" />
        <source>A separate folder of held-out images, one sub-folder per class.</source>
        <translation>Uma pasta à parte com imagens reservadas, uma subpasta por classe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>List the pairs at or above this similarity, above 0 and at most 1 (default %1).</source>
        <translation>Lista os pares com esta similaridade ou mais, acima de 0 e no máximo 1 (padrão %1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>transferlab-cli leakage --data DIR [--threshold X] [options]
Finds images that are the same picture or nearly so (re-encoded, resized, cropped, flipped, turned): exact copies by content, near ones by the backbone's features and perceptual hashes. Each pair says whether it crosses the split that a training with the same options draws, or two classes.</source>
        <translation>transferlab-cli leakage --data DIR [--threshold X] [opções]
Encontra imagens que são a mesma foto ou quase (recodificada, redimensionada, recortada, espelhada, girada): cópias exatas pelo conteúdo, próximas pelas características da rede base e por hashes perceptuais. Cada par diz se atravessa a divisão que um treino com as mesmas opções sorteia, ou duas classes.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--threshold must be above 0 and at most 1</source>
        <translation>--threshold deve ser acima de 0 e no máximo 1</translation>
    </message>
    <message>
        <location filename="../../app/cli/TrainCommand.cpp" line="+1" />
        <source>Continue from the checkpoint that an interrupted run left next to --out.</source>
        <translation>Continua do ponto de controle que uma execução interrompida deixou ao lado de --out.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 %2 img/s</source>
        <translation>%1 %2 imagens/s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(feature error %1, same decisions %2%, %3)</source>
        <translation>(erro das características %1, mesmas decisões %2%, %3)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>passed</source>
        <translation>aprovado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>failed</source>
        <translation>reprovado</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not measured: too few images for the measurement to pay</source>
        <translation>não medida: poucas imagens para que a medição compense</translation>
    </message>
    <message>
        <location line="+1" />
        <source>remembered from an earlier run on this CPU</source>
        <translation>lembrada de uma execução anterior nesta CPU</translation>
    </message>
    <message>
        <location line="+2" />
        <source>automatic precision: %1 (%2)</source>
        <translation>precisão automática: %1 (%2)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>model written to %1</source>
        <translation>modelo gravado em %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>features: %1 computed, %2 from cache (%3 s); head training %4 s; backbone %5 on %6</source>
        <translation>características: %1 calculadas, %2 do cache (%3 s); treino da cabeça classificadora %4 s; rede base %5 em %6</translation>
    </message>
    <message>
        <location line="+5" />
        <source>backbone setup %1 s; extraction: reading %2 s, decoding %3 s alongside the backbone (waited for %4 s), backbone %5 s, cache writes %6 s</source>
        <translation>preparo da rede base %1 s; extração: leitura %2 s, decodificação %3 s em paralelo com a rede base (espera de %4 s), rede base %5 s, gravação do cache %6 s</translation>
    </message>
    <message>
        <location line="+5" />
        <source>epochs run: %1, best epoch: %2%3; decision threshold %4; temperature %5</source>
        <translation>épocas executadas: %1, melhor época: %2%3; limiar de decisão %4; temperatura %5</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(stopped early)</source>
        <translation>(parada antecipada)</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>fine-tuned block 5 for %n epochs: validation accuracy %1, loss %2 (frozen: %3, %4)</source>
        <translation>
            <numerusform>ajuste fino do bloco 5 por %n época: acurácia de validação %1, perda %2 (congelado: %3, %4)</numerusform>
            <numerusform>ajuste fino do bloco 5 por %n épocas: acurácia de validação %1, perda %2 (congelado: %3, %4)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/LearningCurveCommand.cpp" line="-37" />
        <location line="+4" />
        <source>--fractions takes increasing numbers above 0 and at most 1, separated by commas (got '%1')</source>
        <translation>--fractions recebe números crescentes acima de 0 e no máximo 1, separados por vírgulas (recebido '%1')</translation>
    </message>
    <message>
        <location line="+10" />
        <source>evaluated on the %1 split (%2 images); features: %3 computed, %4 from cache</source>
        <translation>avaliado na divisão de %1 (%2 imagens); características: %3 calculadas, %4 do cache</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../app/cli/TrainCommand.cpp" line="+5" />
        <source>validation</source>
        <translation>validação</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../app/cli/TrainCommand.cpp" line="+0" />
        <source>test</source>
        <translation>teste</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1% of the training images (%2): accuracy %3</source>
        <translation>%1% das imagens de treino (%2): acurácia %3</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The fractions of the training images to train on, increasing, separated by commas (default 0.1,0.2,…,1).</source>
        <translation>As frações das imagens de treino usadas para treinar, crescentes, separadas por vírgulas (padrão 0.1,0.2,…,1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>transferlab-cli learning-curve --data DIR [--fractions LIST] [options]
Trains the head on growing fractions of the training images (from the feature cache) and measures each on the same held-out images: whether more images would help.</source>
        <translation>transferlab-cli learning-curve --data DIR [--fractions LIST] [opções]
Treina a cabeça em frações crescentes das imagens de treino (do cache de características) e mede cada uma nas mesmas imagens separadas: se mais imagens ajudariam.</translation>
    </message>
    <message>
        <location filename="../../app/cli/TrainCommand.cpp" line="+81" />
        <source>transferlab-cli train --data DIR --weights FILE --out MODEL [options]
Trains a classification head on the frozen backbone's features of a dataset.</source>
        <translation>transferlab-cli train --data PASTA --weights ARQUIVO --out MODELO [opções]
Treina uma cabeça de classificação sobre as características da rede base congelada de um conjunto de dados.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--test-split carves a test split from the training images: it cannot be combined with --test</source>
        <translation>--test-split separa uma divisão de teste das imagens de treino: não pode ser combinado com --test</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--test-split carves a test split from the training images, but '%1' has a test folder: use one or the other</source>
        <translation>--test-split separa uma divisão de teste das imagens de treino, mas '%1' tem uma pasta de teste: use um ou outro</translation>
    </message>
    <message>
        <location line="+17" />
        <source>the feature cache could not be written (%1); the next run will extract features again</source>
        <translation>não foi possível gravar o cache de características (%1); a próxima execução extrairá as características de novo</translation>
    </message>
    <message>
        <location line="+7" />
        <source>(options: --feature-scaling normalise, --lr)</source>
        <translation>(opções: --feature-scaling normalise, --lr)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CacheCommand.cpp" line="+21" />
        <source>usage: transferlab-cli cache fill|status --data DIR [options] (see 'cache fill --help')</source>
        <translation>uso: transferlab-cli cache fill|status --data DIR [opções] (veja 'cache fill --help')</translation>
    </message>
    <message>
        <location line="+26" />
        <source>the Slurm array task %1 is not one of the array's %2 tasks</source>
        <translation>a tarefa %1 do array do Slurm não é uma das %2 tarefas do array</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Compute shard K of N only (0 &lt;= K &lt; N), e.g. 2/4. Default: inside a Slurm array task, its place in the array; elsewhere every image.</source>
        <translation>Calcula somente o shard K de N (0 &lt;= K &lt; N), por exemplo 2/4. Padrão: dentro de uma tarefa de array do Slurm, o lugar dela no array; fora dele, todas as imagens.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>transferlab-cli cache fill --data DIR [--shard K/N] [options]
Computes the missing backbone features of a dataset (or of one shard of it) into the feature cache, so that a training with the same settings computes none. Many of these may run at once on one cache folder (a Slurm array, several machines on NFS).</source>
        <translation>transferlab-cli cache fill --data PASTA [--shard K/N] [opções]
Calcula as características da rede base que faltam de um conjunto de dados (ou de uma parte dele) no cache de características, para que um treinamento com as mesmas configurações não calcule nenhuma. Vários destes podem rodar ao mesmo tempo numa pasta de cache (um array do Slurm, várias máquinas em NFS).</translation>
    </message>
    <message>
        <location line="+31" />
        <source>shard %1: %2 images; features: %3 computed, %4 from cache, %5 failed (%6 s, %7 on %8)</source>
        <translation>shard %1: %2 imagens; características: %3 calculadas, %4 do cache, %5 com falha (%6 s, %7 em %8)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>damaged entries recomputed: %1</source>
        <translation>entradas danificadas recalculadas: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>removed %1 temporary files that killed writers had left</source>
        <translation>removidos %1 arquivos temporários deixados por processos de gravação interrompidos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cache folder: %1</source>
        <translation>pasta do cache: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Report which of N shards (as 'cache fill --shard K/N') are incomplete (default 1).</source>
        <translation>Informa quais dos N shards (como em 'cache fill --shard K/N') estão incompletos (padrão 1).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read every entry and check its checksum (slower; otherwise headers and sizes).</source>
        <translation>Lê cada entrada e confere sua soma de verificação (mais lento; sem isso, cabeçalhos e tamanhos).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>transferlab-cli cache status --data DIR [options]
How many of a dataset's features a training with these settings would find cached.</source>
        <translation>transferlab-cli cache status --data DIR [opções]
Quantas das características de um conjunto de dados um treinamento com estas configurações encontraria no cache.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--shards must be at least 1</source>
        <translation>--shards deve ser no mínimo 1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 of %2 features cached (%3) in %4</source>
        <translation>%1 de %2 características em cache (%3) em %4</translation>
    </message>
    <message>
        <location line="+4" />
        <source>damaged entries: %1 (recomputed when used)</source>
        <translation>entradas danificadas: %1 (recalculadas quando usadas)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unreadable images: %1</source>
        <translation>imagens ilegíveis: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>incomplete shards of %1: %2</source>
        <translation>shards incompletos de %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="+18" />
        <source>unknown cache command '%1' (fill or status)</source>
        <translation>comando de cache desconhecido '%1' (fill ou status)</translation>
    </message>
    <message>
        <location filename="../../app/cli/CrossValidateCommand.cpp" line="+16" />
        <source>%1-fold cross-validation; features: %2 computed, %3 from cache</source>
        <translation>validação cruzada com %1 partições; características: %2 calculadas, %3 do cache</translation>
    </message>
    <message>
        <location line="+6" />
        <source>mean</source>
        <translation>média</translation>
    </message>
    <message>
        <location line="+0" />
        <source>sd</source>
        <translation>dp</translation>
    </message>
    <message>
        <location line="+3" />
        <source>metric</source>
        <translation>métrica</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per fold</source>
        <translation>por partição</translation>
    </message>
    <message>
        <location line="+9" />
        <source>all folds' held-out images together</source>
        <translation>todas as imagens separadas das dobras juntas</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Number of folds, 2 to 20 (default 5).</source>
        <translation>Número de partições, de 2 a 20 (padrão 5).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>transferlab-cli crossval --data DIR --weights FILE [--folds K] [options]
Stratified k-fold cross-validation of the head on cached features: the mean and spread of every metric.
Each fold trains for --epochs without early stopping; a test folder is left out.</source>
        <translation>transferlab-cli crossval --data DIR --weights FILE [--folds K] [opções]
Validação cruzada estratificada em k partições da cabeça classificadora sobre características em cache: a média e a dispersão de cada métrica.
Cada partição treina por --epochs sem parada antecipada; uma pasta de teste fica de fora.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--folds must be between %1 and %2</source>
        <translation>--folds deve estar entre %1 e %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/EvaluateCommand.cpp" line="-9" />
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(no value)</source>
        <translation>(sem valor)</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagem</numerusform>
            <numerusform>%n imagens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>Folder of labelled images: DIR/&lt;class&gt;/* (a train/test layout uses every split).</source>
        <translation>Pasta de imagens rotuladas: DIR/&lt;classe&gt;/* (um formato train/test usa todas as divisões).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Two classes: predict the positive class when its probability reaches X (default: the model's).</source>
        <translation>Duas classes: prevê a classe positiva quando a probabilidade dela atinge X (padrão: o limiar de decisão do modelo).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Also list the misclassified images, most confident mistakes first.</source>
        <translation>Lista também as imagens classificadas incorretamente, os erros mais confiantes primeiro.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Also give the metrics per value of this column of the --metadata file (site, sex, age band…); may be given more than once.</source>
        <translation>Também dá as métricas por valor desta coluna do arquivo --metadata (local, sexo, faixa etária…); pode ser dado mais de uma vez.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>transferlab-cli evaluate --model MODEL --data DIR [--threshold X] [--errors] [--metadata FILE --by COLUMN]
Measures a trained model on labelled images.</source>
        <translation>transferlab-cli evaluate --model MODEL --data DIR [--threshold X] [--errors] [--metadata FILE --by COLUMN]
Mede um modelo treinado em imagens rotuladas.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--threshold must be between 0 and 1</source>
        <translation>--threshold deve estar entre 0 e 1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--by names a column of the --metadata file: give the file</source>
        <translation>--by nomeia uma coluna do arquivo --metadata: informe o arquivo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the metadata file has no column named %1</source>
        <translation>o arquivo de metadados não tem coluna chamada %1</translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>%n misclassified image(s), most confident first</source>
        <translation>
            <numerusform>%n imagem classificada incorretamente, as mais confiantes primeiro</numerusform>
            <numerusform>%n imagens classificadas incorretamente, as mais confiantes primeiro</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/ExplainCommand.cpp" line="+17" />
        <source>The overlay image to write (.png or .jpg).</source>
        <translation>A imagem sobreposta a gravar (.png ou .jpg).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The class to explain (default: the predicted one).</source>
        <translation>A classe a explicar (padrão: a prevista).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opacity of the heat map over the image, 0 to 1 (default 0.5).</source>
        <translation>Opacidade do mapa de calor sobre a imagem, de 0 a 1 (padrão 0.5).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The image to explain.</source>
        <translation>A imagem a explicar.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>transferlab-cli explain --model MODEL IMAGE --out overlay.png [--class NAME]
Shows where the model looked: a Grad-CAM heat map (the backbone's last convolution) over the image.</source>
        <translation>transferlab-cli explain --model MODELO IMAGEM --out sobreposicao.png [--class NOME]
Mostra onde o modelo olhou: um mapa de calor Grad-CAM (a última convolução da rede base) sobre a imagem.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>give exactly one image (see --help)</source>
        <translation>informe exatamente uma imagem (veja --help)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--opacity must be between 0 and 1</source>
        <translation>--opacity deve estar entre 0 e 1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the model has no class '%1'</source>
        <translation>o modelo não tem a classe '%1'</translation>
    </message>
    <message>
        <location line="+19" />
        <source>predicted %1</source>
        <translation>prevista %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>explained %1</source>
        <translation>explicada %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>wrote %1</source>
        <translation>gravado %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/ExportCommand.cpp" line="+18" />
        <source>torchscript (uint8 H x W x 3 image in, probabilities out; preprocessing inside), onnx (float N x S x S x 3 image, already resized, in) or card (Markdown model card, plus its .json twin).</source>
        <translation>torchscript (imagem uint8 H x W x 3 na entrada, probabilidades na saída; pré-processamento incluído), onnx (imagem float N x S x S x 3, já redimensionada, na entrada) ou card (ficha do modelo em Markdown, com sua gêmea .json).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file to write.</source>
        <translation>O arquivo a gravar.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>transferlab-cli export --model MODEL --format torchscript|onnx|card --out FILE
Exports a trained model with its whole pipeline, so that it answers the same elsewhere.</source>
        <translation>transferlab-cli export --model MODEL --format torchscript|onnx|card --out FILE
Exporta um modelo treinado com todo o seu pipeline, para que responda da mesma forma em outro lugar.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>wrote %1 (%2 MB)</source>
        <translation>gravado %1 (%2 MB)</translation>
    </message>
    <message>
        <location filename="../../app/cli/FeaturesCommand.cpp" line="+19" />
        <source>cannot write '%1': %2</source>
        <translation>não é possível gravar '%1': %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>cannot create '%1': %2</source>
        <translation>não é possível criar '%1': %2</translation>
    </message>
    <message>
        <location line="+63" />
        <source>The backbone's weights: Keras .h5 (notop) or a TorchScript features module (.pt) (default: the weights folder's).</source>
        <translation>Os pesos do backbone: Keras .h5 (notop) ou um módulo de características TorchScript (.pt) (padrão: os da pasta de pesos).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Output file: .npy (float32 N x D, with FILE.paths.txt) or .csv (path,label,f0..).</source>
        <translation>Arquivo de saída: .npy (float32 N x D, com FILE.paths.txt) ou .csv (path,label,f0..).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A dataset folder: every image, in the index order.</source>
        <translation>Uma pasta de conjunto de dados: todas as imagens, na ordem do índice.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>avg (default), max or flatten.</source>
        <translation>avg (padrão), max ou flatten.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>auto, fp32 (default: exact numbers) or bf16.</source>
        <translation>auto, fp32 (padrão: números exatos) ou bf16.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Input size in pixels, a multiple of 32 (default 224).</source>
        <translation>Tamanho da entrada em pixels, um múltiplo de 32 (padrão 224).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Images, when --data is not given.</source>
        <translation>Imagens, quando --data não é informado.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>transferlab-cli features [--backbone vgg16|mobilenetv2] [--weights FILE] --out FILE.csv|FILE.npy (--data DIR | IMAGE...)
Writes the frozen backbone's embeddings for use in other tools.</source>
        <translation>transferlab-cli features [--backbone vgg16|mobilenetv2] [--weights ARQUIVO] --out ARQUIVO.csv|ARQUIVO.npy (--data PASTA | IMAGEM...)
Grava os embeddings do backbone congelado para uso em outras ferramentas.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--out must end in .npy or .csv</source>
        <translation>--out deve terminar em .npy ou .csv</translation>
    </message>
    <message>
        <location line="+2" />
        <source>give either --data DIR or image files, not both and not neither</source>
        <translation>informe --data DIR ou arquivos de imagem: um dos dois, nem ambos nem nenhum</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--image-size must be a multiple of 32, at least 32</source>
        <translation>--image-size deve ser um múltiplo de 32, no mínimo 32</translation>
    </message>
    <message>
        <location line="+32" />
        <source>no image could be read</source>
        <translation>nenhuma imagem pôde ser lida</translation>
    </message>
    <message>
        <location line="+8" />
        <source>wrote %1 x %2 features to %3</source>
        <translation>gravadas %1 x %2 características em %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.cpp" line="+26" />
        <source>train a classification head on a folder-per-class dataset</source>
        <translation>treina uma cabeça classificadora em um conjunto de dados com uma pasta por classe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>measure a trained model on labelled images</source>
        <translation>mede um modelo treinado em imagens rotuladas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>k-fold cross-validation: the mean and spread of every metric</source>
        <translation>validação cruzada em k partições: a média e a dispersão de cada métrica</translation>
    </message>
    <message>
        <location line="+8" />
        <source>mark misclassified images as mislabelled or excluded</source>
        <translation>marca imagens classificadas incorretamente como de rótulo errado ou excluídas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>classify images with a trained model</source>
        <translation>classifica imagens com um modelo treinado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>classify a folder of new cases and write a PDF report</source>
        <translation>classificar uma pasta de casos novos e gravar um relatório em PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>write the backbone's embeddings (.npy or .csv) for other tools</source>
        <translation>gravar os embeddings da rede base (.npy ou .csv) para outras ferramentas</translation>
    </message>
    <message>
        <location line="+11" />
        <source>write seeded random backbone weights to try TransferLab offline (results not meaningful)</source>
        <translation>gravar pesos aleatórios semeados da rede base para experimentar o TransferLab sem internet (resultados sem significado)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Transfer learning with a frozen ImageNet backbone (VGG16 or MobileNetV2), headless.</source>
        <translation>Aprendizado por transferência com uma rede base ImageNet congelada (VGG16 ou MobileNetV2), sem interface gráfica.</translation>
    </message>
    <message>
        <location line="-17" />
        <source>fill the feature cache ahead of training (fill), or see how full it is (status)</source>
        <translation>preenche o cache de características antes do treinamento (fill) ou mostra o quanto está cheio (status)</translation>
    </message>
    <message>
        <location line="-12" />
        <source>train on growing fractions of the images: would more images help?</source>
        <translation>treinar em frações crescentes das imagens: mais imagens ajudariam?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>find duplicate and near-duplicate images, and the pairs that cross a split or two classes</source>
        <translation>encontrar imagens duplicadas e quase duplicadas, e os pares que atravessam uma divisão ou duas classes</translation>
    </message>
    <message>
        <location line="+11" />
        <source>fill the feature cache on a Slurm cluster: a job array, one shard per task</source>
        <translation>preenche o cache de características em um cluster Slurm: um array de jobs, um shard por tarefa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>show where the model looked (Grad-CAM overlay)</source>
        <translation>mostra onde o modelo olhou (sobreposição Grad-CAM)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>write a model as TorchScript, ONNX or a model card</source>
        <translation>grava um modelo como TorchScript, ONNX ou ficha do modelo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>measure speed and memory against the PyTorch reference</source>
        <translation>mede velocidade e memória em comparação com a referência em PyTorch</translation>
    </message>
    <message>
        <location line="+10" />
        <source>usage: transferlab-cli COMMAND [options]</source>
        <translation>uso: transferlab-cli COMANDO [opções]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>commands:</source>
        <translation>comandos:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Run 'transferlab-cli COMMAND --help' for a command's options.</source>
        <translation>Execute 'transferlab-cli COMANDO --help' para ver as opções de um comando.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exit status: 0 success, 1 failure, 2 usage error.</source>
        <translation>Código de saída: 0 sucesso, 1 falha, 2 erro de uso.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>unknown command '%1' (see transferlab-cli --help)</source>
        <translation>comando desconhecido '%1' (veja transferlab-cli --help)</translation>
    </message>
    <message>
        <location filename="../../app/cli/PredictCommand.cpp" line="+67" />
        <source>--tta classifies single images; it does not go with --dir</source>
        <translation>--tta classifica imagens avulsas; não combina com --dir</translation>
    </message>
    <message>
        <location line="+31" />
        <source>refer</source>
        <translation>encaminhar</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Classify every image of this folder, in batches.</source>
        <translation>Classificar todas as imagens desta pasta, em lotes.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With --dir: its sub-folders' images too.</source>
        <translation>Com --dir: também as imagens das subpastas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>With --dir: write the table (image, class, each probability, refer, model fingerprint) to this CSV file.</source>
        <translation>Com --dir: gravar a tabela (imagem, classe, cada probabilidade, encaminhar, impressão digital do modelo) neste arquivo CSV.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Images to classify.</source>
        <translation>Imagens a classificar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>transferlab-cli predict --model MODEL (IMAGE... | --dir DIR [--recursive] [--csv FILE])
Classifies images and prints each class probability.</source>
        <translation>transferlab-cli predict --model MODELO (IMAGEM... | --dir PASTA [--recursive] [--csv ARQUIVO])
Classifica imagens e mostra a probabilidade de cada classe.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>give either image files or --dir DIR, not both and not neither</source>
        <translation>informe arquivos de imagem ou --dir PASTA, não os dois e não nenhum</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--csv and --recursive go with --dir</source>
        <translation>--csv e --recursive acompanham --dir</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReviewCommand.cpp" line="+18" />
        <source>The dataset folder the images belong to.</source>
        <translation>A pasta do conjunto de dados a que as imagens pertencem.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mislabelled, excluded, or clear (removes the mark).</source>
        <translation>mislabelled (rótulo errado), excluded (excluída) ou clear (remove a marca).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Images of the dataset to mark.</source>
        <translation>Imagens do conjunto de dados a marcar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>transferlab-cli review --data DIR [--mark mislabelled|excluded|clear IMAGE...]
Marks images found in error review; marked images are left out of training and evaluation.
Without --mark, lists the marks (kept in DIR/transferlab-review.json).</source>
        <translation>transferlab-cli review --data DIR [--mark mislabelled|excluded|clear IMAGE...]
Marca imagens encontradas na revisão de erros; imagens marcadas ficam fora do treinamento e da avaliação.
Sem --mark, lista as marcas (guardadas em DIR/transferlab-review.json).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--mark and at least one IMAGE go together</source>
        <translation>--mark e pelo menos uma IMAGE vão juntos</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>%n image(s) marked</source>
        <translation>
            <numerusform>%n imagem marcada</numerusform>
            <numerusform>%n imagens marcadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/SlurmCommand.cpp" line="+72" />
        <source>cannot write the batch script '%1': %2</source>
        <translation>não é possível gravar o script de lote '%1': %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>cannot submit the job: 'sbatch' was not found (install Slurm's client, or run this on a login node of the cluster); the script is ready in '%1'</source>
        <translation>não é possível enviar o job: 'sbatch' não foi encontrado (instale o cliente do Slurm ou execute isto em um nó de login do cluster); o script está pronto em '%1'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>sbatch did not answer within 2 minutes: is slurmctld reachable?</source>
        <translation>o sbatch não respondeu em 2 minutos: o slurmctld está acessível?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>sbatch refused the job: %1</source>
        <translation>o sbatch recusou o job: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>--%1 '%2' is not a value Slurm accepts (expected %3)</source>
        <translation>--%1 '%2' não é um valor que o Slurm aceite (esperado: %3)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a partition name of letters, digits, '_', '-' and '.', or several separated by commas</source>
        <translation>um nome de partição com letras, dígitos, '_', '-' e '.', ou vários separados por vírgulas</translation>
    </message>
    <message>
        <location line="+8" />
        <source>HH:MM:SS, MM, MM:SS, D-HH, D-HH:MM or D-HH:MM:SS</source>
        <translation>HH:MM:SS, MM, MM:SS, D-HH, D-HH:MM ou D-HH:MM:SS</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--out must not contain a line break</source>
        <translation>--out não pode conter quebra de linha</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--%1 must be at least %2</source>
        <translation>--%1 deve ser no mínimo %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Array tasks, one shard each.</source>
        <translation>Tarefas do array, um shard cada.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The Slurm partition (default: the cluster's default).</source>
        <translation>A partição do Slurm (padrão: a padrão do cluster).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time limit of each task, HH:MM:SS (default: the partition's).</source>
        <translation>Limite de tempo de cada tarefa, HH:MM:SS (padrão: o da partição).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CPUs of each task (default: the cluster's default).</source>
        <translation>CPUs de cada tarefa (padrão: o padrão do cluster).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GPUs of each task; with 1 or more the tasks run on CUDA.</source>
        <translation>GPUs de cada tarefa; com 1 ou mais, as tarefas rodam em CUDA.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where to write the batch script (default: transferlab-cache.sbatch here).</source>
        <translation>Onde gravar o script de lote (padrão: transferlab-cache.sbatch aqui).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submit the script with sbatch and print the job id.</source>
        <translation>Envia o script com sbatch e mostra o id do job.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>transferlab-cli slurm --data DIR --cache-dir DIR --tasks N [options] [--submit]
Writes a Slurm job-array script whose tasks fill the shared feature cache, one shard each, and submits it with --submit. Afterwards 'train' with the same settings computes no feature.</source>
        <translation>transferlab-cli slurm --data DIR --cache-dir DIR --tasks N [opções] [--submit]
Grava um script de array de jobs do Slurm cujas tarefas preenchem o cache de características compartilhado, um shard cada, e o envia com --submit. Depois, 'train' com as mesmas configurações não calcula nenhuma característica.</translation>
    </message>
    <message numerus="yes">
        <location line="+46" />
        <source>wrote %1 (%n tasks); submit it with: sbatch %2</source>
        <translation>
            <numerusform>gravado %1 (%n tarefa); envie-o com: sbatch %2</numerusform>
            <numerusform>gravado %1 (%n tarefas); envie-o com: sbatch %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>submitted job %1 (%n tasks, script %2); follow it with: squeue -j %1</source>
        <translation>
            <numerusform>job %1 enviado (%n tarefa, script %2); acompanhe-o com: squeue -j %1</numerusform>
            <numerusform>job %1 enviado (%n tarefas, script %2); acompanhe-o com: squeue -j %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/TrainingOptions.cpp" line="+67" />
        <source>on by default</source>
        <translation>ativado por padrão</translation>
    </message>
    <message>
        <location line="+0" />
        <source>off by default</source>
        <translation>desativado por padrão</translation>
    </message>
    <message>
        <location line="+4" />
        <source>default %1</source>
        <translation>padrão %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>one of: %1; default %2</source>
        <translation>um de: %1; padrão %2</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Dataset folder: DIR/&lt;class&gt;/* or DIR/train/&lt;class&gt;/* (+ DIR/test/&lt;class&gt;/*).</source>
        <translation>Pasta do conjunto de dados: DIR/&lt;classe&gt;/* ou DIR/train/&lt;classe&gt;/* (+ DIR/test/&lt;classe&gt;/*).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Turn off --%1.</source>
        <translation>Desativa --%1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/DemoWeightsCommand.cpp" line="+16" />
        <source>Where to write them (default: the weights folder).</source>
        <translation>Onde gravá-los (padrão: a pasta de pesos).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>transferlab-cli demo-weights [--backbone vgg16|mobilenetv2] [--out FILE]
Writes demo weights: the backbone in the Keras layout with seeded random values, for
trying TransferLab offline. Everything runs on them, but the results are not meaningful,
and every model trained on them says so.</source>
        <translation>transferlab-cli demo-weights [--backbone vgg16|mobilenetv2] [--out ARQUIVO]
Grava pesos de demonstração: o backbone no formato do Keras com valores aleatórios semeados,
para experimentar o TransferLab sem internet. Tudo funciona com eles, mas os resultados não têm
significado, e todo modelo treinado com eles o diz.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ReportCommand.cpp" line="+17" />
        <source>The folder of images to classify.</source>
        <translation>A pasta de imagens a classificar.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Its sub-folders' images too.</source>
        <translation>Também as imagens das subpastas.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The PDF file to write.</source>
        <translation>O arquivo PDF a gravar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Which rows get a Grad-CAM thumbnail: refer (default: the referred images), all or none. Each costs about one more backbone pass.</source>
        <translation>Quais linhas recebem uma miniatura Grad-CAM: refer (padrão: as imagens encaminhadas), all ou none. Cada uma custa cerca de uma passada a mais da rede base.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>transferlab-cli report --model MODEL --dir DIR --out report.pdf [--gradcam refer|all|none]
Classifies a folder of new cases and writes a report to file or hand on: the model's identity and metrics, the refer rule, one row per image.</source>
        <translation>transferlab-cli report --model MODELO --dir PASTA --out relatorio.pdf [--gradcam refer|all|none]
Classifica uma pasta de casos novos e grava um relatório para arquivar ou repassar: a identidade e as métricas do modelo, a regra de encaminhamento, uma linha por imagem.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--gradcam must be refer, all or none</source>
        <translation>--gradcam deve ser refer, all ou none</translation>
    </message>
    <message>
        <location line="+18" />
        <source>writing the report</source>
        <translation>gravando o relatório</translation>
    </message>
    <message>
        <location line="+12" />
        <source>wrote %1 (%2 images)</source>
        <translation>gravado %1 (%2 imagens)</translation>
    </message>
    <message>
        <location filename="../../app/cli/DatasetOptions.cpp" line="+12" />
        <source>A CSV about the images: a header, a column image (paths relative to the dataset folder), a column group (the patient or lesion) and any others. The splits never put one group on two sides.</source>
        <translation>Um CSV sobre as imagens: um cabeçalho, uma coluna image (caminhos relativos à pasta do conjunto de dados), uma coluna group (o paciente ou a lesão) e quaisquer outras. As divisões nunca põem um grupo em dois lados.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Group the images by the part of their file name that this regular expression's first capture group matches, e.g. ^(ISIC_\d+)_ (instead of a metadata file).</source>
        <translation>Agrupa as imagens pela parte do nome do arquivo que o primeiro grupo de captura desta expressão regular encontra, p. ex. ^(ISIC_\d+)_ (em vez de um arquivo de metadados).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--metadata and --group-pattern both say how to group the images: give one</source>
        <translation>--metadata e --group-pattern dizem ambos como agrupar as imagens: informe só um</translation>
    </message>
</context>
<context>
    <name>crossing</name>
    <message>
        <location filename="../../engine/facade/Leakage.cpp" line="+149" />
        <source>training and validation</source>
        <translation>treino e validação</translation>
    </message>
    <message>
        <location line="+2" />
        <source>training and test</source>
        <translation>treino e teste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>validation and test</source>
        <translation>validação e teste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no: one split</source>
        <translation>não: uma divisão só</translation>
    </message>
</context>
<context>
    <name>cuda-unavailable</name>
    <message>
        <location filename="../../engine/backbone/Backbone.cpp" line="-230" />
        <source>device 'cuda' was requested but no CUDA GPU is available to this build of libtorch</source>
        <translation>o dispositivo 'cuda' foi pedido, mas nenhuma GPU CUDA está disponível para esta versão da libtorch</translation>
    </message>
</context>
<context>
    <name>dataset-class-unknown-to-model</name>
    <message>
        <location filename="../../engine/facade/Classifier.cpp" line="+303" />
        <source>the dataset has a class '%1' that the model does not know</source>
        <translation>o conjunto de dados tem uma classe '%1' que o modelo não conhece</translation>
    </message>
</context>
<context>
    <name>dataset-folder-missing</name>
    <message>
        <location filename="../../engine/data/Dataset.cpp" line="-58" />
        <source>dataset folder '%1' does not exist or is not a folder</source>
        <translation>a pasta do conjunto de dados '%1' não existe ou não é uma pasta</translation>
    </message>
</context>
<context>
    <name>dataset-folder-unreadable</name>
    <message>
        <location line="+2" />
        <source>cannot read dataset folder '%1': %2</source>
        <translation>não é possível ler a pasta do conjunto de dados '%1': %2</translation>
    </message>
</context>
<context>
    <name>dataset-no-class-folders</name>
    <message>
        <location line="+18" />
        <source>'%1' has no class folders: put each class's images in a sub-folder named after it</source>
        <translation>'%1' não tem pastas de classes: coloque as imagens de cada classe numa subpasta com o nome dela</translation>
    </message>
</context>
<context>
    <name>dataset-no-usable-images</name>
    <message>
        <location line="+29" />
        <source>the dataset '%1' contains no usable images</source>
        <translation>o conjunto de dados '%1' não contém imagens utilizáveis</translation>
    </message>
</context>
<context>
    <name>dataset-too-few-classes</name>
    <message>
        <location line="+5" />
        <source>training needs at least two classes with images; '%1' has %2</source>
        <translation>o treinamento precisa de pelo menos duas classes com imagens; '%1' tem %2</translation>
    </message>
</context>
<context>
    <name>embeddings-no-int8</name>
    <message>
        <location filename="../../engine/facade/Embeddings.cpp" line="+29" />
        <source>int8 is calibrated for a training; embeddings are computed in fp32 or bf16</source>
        <translation>int8 é calibrado para um treinamento; as representações (embeddings) são calculadas em fp32 ou bf16</translation>
    </message>
</context>
<context>
    <name>evaluation-record-invalid</name>
    <message>
        <location filename="../../engine/evaluation/Metrics.cpp" line="+282" />
        <source>invalid evaluation record: %1</source>
        <translation>registro de avaliação inválido: %1</translation>
    </message>
</context>
<context>
    <name>export-format-unknown</name>
    <message>
        <location filename="../../engine/facade/ModelExport.cpp" line="+49" />
        <source>unknown export format '%1' (expected torchscript, onnx or card)</source>
        <translation>formato de exportação desconhecido '%1' (esperado: torchscript, onnx ou card)</translation>
    </message>
</context>
<context>
    <name>export-from-torchscript</name>
    <message>
        <location line="-29" />
        <source>this model was opened from an exported TorchScript file: export from its TransferLab model file (.h5) instead</source>
        <translation>este modelo foi aberto a partir de um arquivo TorchScript exportado: exporte a partir do arquivo de modelo TransferLab (.h5)</translation>
    </message>
</context>
<context>
    <name>export-needs-keras</name>
    <message>
        <location line="+5" />
        <source>exports need Keras backbone weights (.h5); this model's backbone is a TorchScript file</source>
        <translation>as exportações precisam dos pesos de uma rede base do Keras (.h5); a rede base deste modelo é um arquivo TorchScript</translation>
    </message>
</context>
<context>
    <name>export-no-path</name>
    <message>
        <location line="+31" />
        <source>no output path was given for the export</source>
        <translation>nenhum caminho de saída foi indicado para a exportação</translation>
    </message>
</context>
<context>
    <name>feature-cache-needs-folder</name>
    <message>
        <location filename="../../engine/backbone/FeatureStore.cpp" line="+206" />
        <source>filling the feature cache needs a cache folder</source>
        <translation>preencher o cache de características requer uma pasta de cache</translation>
    </message>
</context>
<context>
    <name>feature-cache-not-written</name>
    <message>
        <location filename="../../app/cli/CacheCommand.cpp" line="-74" />
        <source>the feature cache could not be written: %1</source>
        <translation>não foi possível gravar o cache de características: %1</translation>
    </message>
</context>
<context>
    <name>feature-store-without-backbone</name>
    <message>
        <location filename="../../engine/backbone/FeatureStore.cpp" line="+9" />
        <source>this feature store was opened to inspect it: it has no backbone to compute features</source>
        <translation>este armazenamento de características foi aberto apenas para inspeção: não tem rede base para calcular características</translation>
    </message>
</context>
<context>
    <name>feature-views-invalid</name>
    <message>
        <location line="+4" />
        <source>feature views must be 1 or %1</source>
        <translation>o número de vistas das características deve ser 1 ou %1</translation>
    </message>
</context>
<context>
    <name>file-cannot-create</name>
    <message>
        <location filename="../../engine/base/AtomicFile.cpp" line="+103" />
        <source>cannot create '%1': %2</source>
        <translation>não é possível criar '%1': %2</translation>
    </message>
</context>
<context>
    <name>file-cannot-flush</name>
    <message>
        <location line="-69" />
        <source>cannot flush '%1' to disk: %2</source>
        <translation>não é possível gravar '%1' em disco: %2</translation>
    </message>
</context>
<context>
    <name>file-cannot-move-into-place</name>
    <message>
        <location line="+57" />
        <source>cannot move the new file into place as '%1': %2</source>
        <translation>não é possível pôr o novo arquivo no lugar de '%1': %2</translation>
    </message>
</context>
<context>
    <name>file-cannot-open-to-flush</name>
    <message>
        <location line="-63" />
        <source>cannot open '%1' to flush it: %2</source>
        <translation>não é possível abrir '%1' para gravá-lo em disco: %2</translation>
    </message>
</context>
<context>
    <name>file-cannot-open-to-hash</name>
    <message>
        <location filename="../../engine/base/Hashing.cpp" line="+53" />
        <source>cannot open '%1' to compute its hash</source>
        <translation>não é possível abrir '%1' para calcular seu hash</translation>
    </message>
</context>
<context>
    <name>file-cannot-write</name>
    <message>
        <location filename="../../engine/base/AtomicFile.cpp" line="+80" />
        <source>cannot write '%1': %2</source>
        <translation>não é possível gravar '%1': %2</translation>
    </message>
</context>
<context>
    <name>file-kind</name>
    <message>
        <location filename="../../engine/base/FileKind.cpp" line="+19" />
        <source>a folder</source>
        <translation>uma pasta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a FIFO (named pipe)</source>
        <translation>um FIFO (pipe nomeado)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a socket</source>
        <translation>um socket</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a device</source>
        <translation>um dispositivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a file of an unknown kind</source>
        <translation>um arquivo de tipo desconhecido</translation>
    </message>
</context>
<context>
    <name>file-not-regular</name>
    <message>
        <location line="+7" />
        <source>cannot read %1 '%2': it is %3, not a regular file</source>
        <translation>não é possível ler %1 '%2': é %3, não um arquivo comum</translation>
    </message>
</context>
<context>
    <name>file-read-error-hashing</name>
    <message>
        <location filename="../../engine/base/Hashing.cpp" line="+8" />
        <source>read error while hashing '%1'</source>
        <translation>erro de leitura ao calcular o hash de '%1'</translation>
    </message>
</context>
<context>
    <name>file-role</name>
    <message>
        <location filename="../../engine/backbone/Backbone.cpp" line="+51" />
        <source>weights file</source>
        <translation>o arquivo de pesos</translation>
    </message>
    <message>
        <location filename="../../engine/base/Hashing.cpp" line="-11" />
        <source>file</source>
        <translation>o arquivo</translation>
    </message>
    <message>
        <location filename="../../engine/data/ImageDecoder.cpp" line="+186" />
        <source>image</source>
        <translation>a imagem</translation>
    </message>
    <message>
        <location filename="../../engine/facade/Classifier.cpp" line="-164" />
        <location filename="../../engine/model/ModelFile.cpp" line="+180" />
        <source>model</source>
        <translation>o modelo</translation>
    </message>
</context>
<context>
    <name>fine-tuning-needs-keras</name>
    <message>
        <location filename="../../engine/facade/Training.cpp" line="+141" />
        <source>fine-tuning needs Keras backbone weights (.h5), not a TorchScript features module</source>
        <translation>o ajuste fino precisa dos pesos de uma rede base do Keras (.h5), não de um módulo de características TorchScript</translation>
    </message>
    <message>
        <location filename="../../engine/backbone/Backbone.cpp" line="-95" />
        <source>fine-tuning needs the backbone's Keras weights (.h5), not a TorchScript features module</source>
        <translation>o ajuste fino precisa dos pesos Keras do backbone (.h5), não de um módulo de características TorchScript</translation>
    </message>
</context>
<context>
    <name>folds-out-of-range</name>
    <message>
        <location filename="../../engine/facade/CrossValidation.cpp" line="-8" />
        <source>the number of folds must be between %1 and %2 (got %3)</source>
        <translation>o número de partições deve estar entre %1 e %2 (recebido: %3)</translation>
    </message>
</context>
<context>
    <name>gradcam-needs-model-file</name>
    <message>
        <location filename="../../engine/facade/Classifier.cpp" line="+81" />
        <source>Grad-CAM needs the model's TransferLab file and Keras backbone weights (not a TorchScript file)</source>
        <translation>o Grad-CAM precisa do arquivo TransferLab do modelo e dos pesos de uma rede base do Keras (não de um arquivo TorchScript)</translation>
    </message>
</context>
<context>
    <name>gradcam-unknown-class</name>
    <message>
        <location filename="../../engine/evaluation/GradCam.cpp" line="+25" />
        <source>Grad-CAM: class %1 does not exist</source>
        <translation>Grad-CAM: a classe %1 não existe</translation>
    </message>
</context>
<context>
    <name>group-pattern-invalid</name>
    <message>
        <location filename="../../engine/data/ImageGroups.cpp" line="+146" />
        <source>the group pattern '%1' is not a valid regular expression: %2</source>
        <translation>o padrão de grupo '%1' não é uma expressão regular válida: %2</translation>
    </message>
</context>
<context>
    <name>group-pattern-no-capture</name>
    <message>
        <location line="+5" />
        <source>the group pattern '%1' has no capture group: put the part of the file name that names the patient or lesion in parentheses, e.g. ^(ISIC_\d+)_</source>
        <translation>o padrão de grupo '%1' não tem grupo de captura: ponha entre parênteses a parte do nome do arquivo que identifica o paciente ou a lesão, p. ex. ^(ISIC_\d+)_</translation>
    </message>
</context>
<context>
    <name>hdf5-array-too-large</name>
    <message>
        <location filename="../../engine/base/Hdf5File.cpp" line="+116" />
        <source>%1 claims more than %2 values: the file is damaged</source>
        <translation>%1 declara mais de %2 valores: o arquivo está danificado</translation>
    </message>
</context>
<context>
    <name>hdf5-array-truncated</name>
    <message>
        <location line="+9" />
        <source>%1 claims %2 values but the file stores only %3 bytes of them: the file is truncated or damaged</source>
        <translation>%1 declara %2 valores, mas o arquivo guarda apenas %3 bytes deles: o arquivo está truncado ou danificado</translation>
    </message>
</context>
<context>
    <name>hdf5-attribute-missing</name>
    <message>
        <location line="+102" />
        <source>attribute '%1' is missing on %2</source>
        <translation>o atributo '%1' não existe em %2</translation>
    </message>
</context>
<context>
    <name>hdf5-attribute-not-one-text</name>
    <message>
        <location line="+22" />
        <source>attribute '%1' of %2 should hold one text value</source>
        <translation>o atributo '%1' de %2 deveria conter um único texto</translation>
    </message>
</context>
<context>
    <name>hdf5-attribute-not-text</name>
    <message>
        <location line="-10" />
        <source>attribute '%1' of %2 is not text</source>
        <translation>o atributo '%1' de %2 não é texto</translation>
    </message>
</context>
<context>
    <name>hdf5-attribute-unreadable</name>
    <message>
        <location line="-7" />
        <source>cannot read attribute '%1' of %2</source>
        <translation>não é possível ler o atributo '%1' de %2</translation>
    </message>
</context>
<context>
    <name>hdf5-cannot-assemble</name>
    <message>
        <location line="-39" />
        <source>cannot assemble the HDF5 file '%1'</source>
        <translation>não é possível montar o arquivo HDF5 '%1'</translation>
    </message>
</context>
<context>
    <name>hdf5-cannot-create</name>
    <message>
        <location line="-36" />
        <source>cannot create HDF5 file '%1'</source>
        <translation>não é possível criar o arquivo HDF5 '%1'</translation>
    </message>
</context>
<context>
    <name>hdf5-cannot-create-group</name>
    <message>
        <location line="+164" />
        <source>cannot create group %1</source>
        <translation>não é possível criar o grupo %1</translation>
    </message>
</context>
<context>
    <name>hdf5-cannot-write-attribute</name>
    <message>
        <location line="+53" />
        <source>cannot write attribute '%1' on %2</source>
        <translation>não é possível gravar o atributo '%1' em %2</translation>
    </message>
</context>
<context>
    <name>hdf5-cannot-write-dataset</name>
    <message>
        <location line="-36" />
        <source>cannot write dataset %1 (is the disk full?)</source>
        <translation>não é possível gravar o dataset HDF5 %1 (o disco está cheio?)</translation>
    </message>
</context>
<context>
    <name>hdf5-damaged</name>
    <message>
        <location line="-194" />
        <location line="+34" />
        <source>'%1' is a damaged or truncated HDF5 file</source>
        <translation>'%1' é um arquivo HDF5 danificado ou truncado</translation>
    </message>
</context>
<context>
    <name>hdf5-dataset-missing</name>
    <message>
        <location line="+79" />
        <source>dataset %1 does not exist</source>
        <translation>o dataset HDF5 %1 não existe</translation>
    </message>
</context>
<context>
    <name>hdf5-dataset-not-bytes</name>
    <message>
        <location line="+49" />
        <source>%1 does not hold bytes</source>
        <translation>%1 não contém bytes</translation>
    </message>
</context>
<context>
    <name>hdf5-dataset-not-floats</name>
    <message>
        <location line="-10" />
        <source>%1 does not hold floating-point numbers</source>
        <translation>%1 não contém números de ponto flutuante</translation>
    </message>
</context>
<context>
    <name>hdf5-dataset-unreadable</name>
    <message>
        <location line="-12" />
        <source>cannot read %1: the file may be truncated or damaged</source>
        <translation>não é possível ler %1: o arquivo pode estar truncado ou danificado</translation>
    </message>
</context>
<context>
    <name>hdf5-not-a-dataset</name>
    <message>
        <location line="-24" />
        <source>%1 is not a dataset</source>
        <translation>%1 não é um dataset HDF5</translation>
    </message>
</context>
<context>
    <name>hdf5-not-hdf5</name>
    <message>
        <location line="-120" />
        <location line="+30" />
        <source>'%1' is not an HDF5 file (missing, unreadable or another format)</source>
        <translation>'%1' não é um arquivo HDF5 (inexistente, ilegível ou de outro formato)</translation>
    </message>
</context>
<context>
    <name>hdf5-object</name>
    <message>
        <location line="+34" />
        <source>'%1' in '%2'</source>
        <translation>'%1' em '%2'</translation>
    </message>
</context>
<context>
    <name>hdf5-shape-unreadable</name>
    <message>
        <location line="+61" />
        <source>cannot read the shape of %1</source>
        <translation>não é possível ler as dimensões de %1</translation>
    </message>
</context>
<context>
    <name>head-parameter-count</name>
    <message>
        <location filename="../../engine/training/Head.cpp" line="+101" />
        <source>'%1' holds %2 head parameters, expected %3</source>
        <translation>'%1' contém %2 parâmetros da cabeça; esperados: %3</translation>
    </message>
</context>
<context>
    <name>head-parameter-missing</name>
    <message>
        <location line="-10" />
        <source>'%1' is missing the head parameter '%2'</source>
        <translation>falta em '%1' o parâmetro da cabeça '%2'</translation>
    </message>
</context>
<context>
    <name>head-parameter-shape</name>
    <message>
        <location line="+5" />
        <source>'%1': head parameter '%2' has the wrong shape for this model's configuration</source>
        <translation>'%1': o parâmetro da cabeça '%2' tem dimensões erradas para a configuração deste modelo</translation>
    </message>
</context>
<context>
    <name>heatmap-damaged</name>
    <message>
        <location filename="../../engine/evaluation/HeatmapOverlay.cpp" line="+35" />
        <source>the heat map is empty or damaged</source>
        <translation>o mapa de calor está vazio ou danificado</translation>
    </message>
</context>
<context>
    <name>image-cannot-decode</name>
    <message>
        <location filename="../../engine/data/ImageDecoder.cpp" line="-20" />
        <source>'%1' could not be decoded: %2</source>
        <translation>não foi possível decodificar '%1': %2</translation>
    </message>
</context>
<context>
    <name>image-cannot-open</name>
    <message>
        <location line="+24" />
        <source>cannot open image '%1' (missing or permission denied)</source>
        <translation>não é possível abrir a imagem '%1' (inexistente ou sem permissão)</translation>
    </message>
</context>
<context>
    <name>image-empty</name>
    <message>
        <location line="-39" />
        <source>'%1' is empty (0 bytes)</source>
        <translation>'%1' está vazio (0 bytes)</translation>
    </message>
</context>
<context>
    <name>image-folder-missing</name>
    <message>
        <location filename="../../engine/data/Dataset.cpp" line="-89" />
        <source>'%1' is not a folder</source>
        <translation>'%1' não é uma pasta</translation>
    </message>
</context>
<context>
    <name>image-not-an-image</name>
    <message>
        <location filename="../../engine/data/ImageDecoder.cpp" line="+3" />
        <source>'%1' is not an image: its content is not JPEG, PNG, BMP, TIFF or WebP</source>
        <translation>'%1' não é uma imagem: o conteúdo não é JPEG, PNG, BMP, TIFF nem WebP</translation>
    </message>
</context>
<context>
    <name>image-read-error</name>
    <message>
        <location line="+39" />
        <source>read error on image '%1'</source>
        <translation>erro de leitura na imagem '%1'</translation>
    </message>
</context>
<context>
    <name>image-too-large</name>
    <message>
        <location line="-61" />
        <source>'%1' is too large (%2x%3 pixels; the limit is %4 megapixels)</source>
        <translation>'%1' é grande demais (%2x%3 pixels; o limite é %4 megapixels)</translation>
    </message>
</context>
<context>
    <name>image-truncated-jpeg</name>
    <message>
        <location line="+28" />
        <source>'%1' is a truncated JPEG (the file ends before the image does)</source>
        <translation>'%1' é um JPEG truncado (o arquivo termina antes da imagem)</translation>
    </message>
</context>
<context>
    <name>image-unreadable</name>
    <message>
        <location line="+10" />
        <source>'%1' is not a readable image (damaged, truncated or unsupported format)</source>
        <translation>'%1' não é uma imagem legível (danificada, truncada ou em formato não suportado)</translation>
    </message>
</context>
<context>
    <name>image-unsupported-channels</name>
    <message>
        <location line="-135" />
        <source>unsupported number of colour channels: %1</source>
        <translation>número de canais de cor não suportado: %1</translation>
    </message>
</context>
<context>
    <name>int8-calibration-damaged</name>
    <message>
        <location filename="../../engine/backbone/Int8Calibration.cpp" line="+42" />
        <location line="+6" />
        <source>the int8 calibration is damaged (%1)</source>
        <translation>a calibração int8 está danificada (%1)</translation>
    </message>
</context>
<context>
    <name>int8-calibration-mismatch</name>
    <message>
        <location filename="../../engine/backbone/QuantizedVgg16.cpp" line="+80" />
        <source>the int8 calibration has %1 layer scales where VGG16 has %2 convolutions</source>
        <translation>a calibração int8 tem %1 escalas de camada, mas a VGG16 tem %2 convoluções</translation>
    </message>
</context>
<context>
    <name>int8-cpu-only</name>
    <message>
        <location filename="../../engine/backbone/Backbone.cpp" line="+38" />
        <source>int8 runs on the CPU only: choose fp32 or bf16 for CUDA</source>
        <translation>int8 roda apenas na CPU: escolha fp32 ou bf16 para CUDA</translation>
    </message>
</context>
<context>
    <name>int8-needs-keras</name>
    <message>
        <location line="+100" />
        <source>int8 needs the backbone's Keras weights (.h5), not a TorchScript features module</source>
        <translation>int8 precisa dos pesos Keras do backbone (.h5), não de um módulo de características TorchScript</translation>
    </message>
</context>
<context>
    <name>int8-no-calibration-images</name>
    <message>
        <location filename="../../engine/backbone/BackboneSetup.cpp" line="+180" />
        <source>int8 needs at least one readable training image to calibrate on</source>
        <translation>int8 precisa de pelo menos uma imagem de treino legível para a calibração</translation>
    </message>
</context>
<context>
    <name>int8-not-calibrated</name>
    <message>
        <location filename="../../engine/backbone/Backbone.cpp" line="+59" />
        <source>the int8 backbone was used before its calibration</source>
        <translation>a rede base int8 foi usada antes de sua calibração</translation>
    </message>
</context>
<context>
    <name>int8-unavailable</name>
    <message>
        <location filename="../../engine/backbone/QuantizedVgg16.cpp" line="+5" />
        <source>this build of libtorch has no oneDNN quantized engine: int8 cannot run</source>
        <translation>esta compilação da libtorch não tem o mecanismo quantizado oneDNN: int8 não pode rodar</translation>
    </message>
</context>
<context>
    <name>keras-array-shape</name>
    <message>
        <location filename="../../engine/backbone/ConvNetwork.cpp" line="+67" />
        <source>'%1': array %2 of layer '%3' has shape %4, expected %5</source>
        <translation>'%1': o array %2 da camada '%3' tem formato %4, esperado %5</translation>
    </message>
</context>
<context>
    <name>keras-layer-array-count</name>
    <message>
        <location line="-6" />
        <source>'%1': layer '%2' should hold %3 arrays, found %4</source>
        <translation>'%1': a camada '%2' deveria conter %3 arrays, encontrados %4</translation>
    </message>
</context>
<context>
    <name>keras-layer-incomplete</name>
    <message>
        <location filename="../../engine/backbone/KerasWeights.cpp" line="+49" />
        <source>layer '%1' is listed in '%2' but its group or its 'weight_names' attribute is missing</source>
        <translation>a camada '%1' consta em '%2', mas falta o grupo dela ou o atributo 'weight_names'</translation>
    </message>
</context>
<context>
    <name>keras-layer-missing</name>
    <message>
        <location filename="../../engine/backbone/ConvNetwork.cpp" line="+21" />
        <source>'%1' is not %2 weights: layer '%3' is missing</source>
        <translation>'%1' não são pesos de %2: falta a camada '%3'</translation>
    </message>
</context>
<context>
    <name>keras-no-layer-names</name>
    <message>
        <location filename="../../engine/backbone/KerasWeights.cpp" line="-33" />
        <source>'%1' is an HDF5 file but not Keras weights: it has no 'layer_names' attribute</source>
        <translation>'%1' é um arquivo HDF5, mas não contém pesos do Keras: não tem o atributo 'layer_names'</translation>
    </message>
</context>
<context>
    <name>labels-predictions-mismatch</name>
    <message>
        <location filename="../../engine/evaluation/Metrics.cpp" line="-138" />
        <source>internal error: %1 labels for %2 predictions</source>
        <translation>erro interno: %1 rótulos para %2 previsões</translation>
    </message>
</context>
<context>
    <name>leakage-threshold-out-of-range</name>
    <message>
        <location filename="../../engine/facade/Leakage.cpp" line="+18" />
        <source>the similarity threshold must be above 0 and at most 1 (got %1)</source>
        <translation>o limiar de similaridade deve ser acima de 0 e no máximo 1 (recebido %1)</translation>
    </message>
</context>
<context>
    <name>learning-curve-fraction-out-of-range</name>
    <message>
        <location filename="../../engine/facade/LearningCurve.cpp" line="+20" />
        <source>each fraction of the training images must be above 0 and at most 1 (got %1)</source>
        <translation>cada fração das imagens de treino deve ser acima de 0 e no máximo 1 (recebido %1)</translation>
    </message>
</context>
<context>
    <name>learning-curve-fractions-unordered</name>
    <message>
        <location line="+5" />
        <source>the fractions of a learning curve must be given in increasing order</source>
        <translation>as frações de uma curva de aprendizado devem ser dadas em ordem crescente</translation>
    </message>
</context>
<context>
    <name>learning-curve-nothing-held-out</name>
    <message>
        <location line="+59" />
        <source>a learning curve needs held-out images: set a validation or test split</source>
        <translation>uma curva de aprendizado precisa de imagens separadas: defina uma divisão de validação ou de teste</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="+49" />
        <source>Classify this image (or every image of this folder).</source>
        <translation>Classificar esta imagem (ou todas as imagens desta pasta).</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Train image classifiers by transfer learning.</source>
        <translation>Treine classificadores de imagens por aprendizado por transferência.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The dataset folder to open.</source>
        <translation>A pasta do conjunto de dados a abrir.</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Open this model file.</source>
        <translation>Abrir este arquivo de modelo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start on this view.</source>
        <translation>Iniciar nesta tela.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save a picture of the window, sized to the screen, and quit.</source>
        <translation>Salvar uma imagem da janela, no tamanho da tela, e sair.</translation>
    </message>
</context>
<context>
    <name>metadata-empty</name>
    <message>
        <location filename="../../engine/data/ImageGroups.cpp" line="-65" />
        <source>the metadata file '%1' is empty: it needs a header row with the columns image and group</source>
        <translation>o arquivo de metadados '%1' está vazio: ele precisa de uma linha de cabeçalho com as colunas image e group</translation>
    </message>
</context>
<context>
    <name>metadata-field-count</name>
    <message>
        <location line="+22" />
        <source>'%1' line %2 has %3 field(s) where the header has %4</source>
        <translation>'%1' linha %2 tem %3 campo(s) onde o cabeçalho tem %4</translation>
    </message>
</context>
<context>
    <name>metadata-image-twice</name>
    <message>
        <location line="+6" />
        <source>'%1' line %2 lists the image '%3' a second time</source>
        <translation>'%1' linha %2 lista a imagem '%3' pela segunda vez</translation>
    </message>
</context>
<context>
    <name>metadata-no-group-column</name>
    <message>
        <location line="+18" />
        <source>the metadata file '%1' has no column named group: the splits need it</source>
        <translation>o arquivo de metadados '%1' não tem coluna chamada group: as divisões precisam dela</translation>
    </message>
</context>
<context>
    <name>metadata-no-image-column</name>
    <message>
        <location line="-39" />
        <source>the metadata file '%1' has no column named image (its header: %2)</source>
        <translation>o arquivo de metadados '%1' não tem coluna chamada image (seu cabeçalho: %2)</translation>
    </message>
</context>
<context>
    <name>metadata-no-such-column</name>
    <message>
        <location filename="../../engine/evaluation/SubgroupMetrics.cpp" line="+15" />
        <source>the metadata file '%1' has no column named %2</source>
        <translation>o arquivo de metadados '%1' não tem coluna chamada %2</translation>
    </message>
</context>
<context>
    <name>metadata-unreadable</name>
    <message>
        <location filename="../../engine/data/ImageGroups.cpp" line="-13" />
        <source>cannot read the metadata file '%1'</source>
        <translation>não é possível ler o arquivo de metadados '%1'</translation>
    </message>
</context>
<context>
    <name>model-backbone-mismatch</name>
    <message>
        <location filename="../../engine/facade/Classifier.cpp" line="-111" />
        <source>model '%1' was trained with the backbone %2 but '%3' is %4: use the weights file the model was trained with</source>
        <translation>o modelo '%1' foi treinado com a rede base %2, mas '%3' é %4: use o arquivo de pesos com que o modelo foi treinado</translation>
    </message>
</context>
<context>
    <name>model-block5-missing</name>
    <message>
        <location filename="../../engine/model/ModelFile.cpp" line="+47" />
        <source>the fine-tuned weights '%1' are missing</source>
        <translation>faltam os pesos de ajuste fino '%1'</translation>
    </message>
</context>
<context>
    <name>model-block5-shape</name>
    <message>
        <location line="+1" />
        <source>the fine-tuned weights '%1' have the wrong shape</source>
        <translation>os pesos de ajuste fino '%1' têm dimensões erradas</translation>
    </message>
</context>
<context>
    <name>model-card-needs-markdown-path</name>
    <message>
        <location filename="../../engine/facade/ModelExport.cpp" line="+17" />
        <source>the model card needs a Markdown path (such as card.md): '%1' is its JSON twin</source>
        <translation>a ficha do modelo precisa de um caminho Markdown (como card.md): '%1' é o arquivo JSON que a acompanha</translation>
    </message>
</context>
<context>
    <name>model-class-count</name>
    <message>
        <location filename="../../engine/model/ModelFile.cpp" line="-82" />
        <source>it names %1 classes</source>
        <translation>ele indica %1 classes</translation>
    </message>
</context>
<context>
    <name>model-damaged</name>
    <message>
        <location line="+44" />
        <source>the model file '%1' is damaged (its content does not match its fingerprint)</source>
        <translation>o arquivo de modelo '%1' está danificado (seu conteúdo não corresponde à sua impressão digital)</translation>
    </message>
</context>
<context>
    <name>model-feature-shape</name>
    <message>
        <location line="-40" />
        <source>its feature shape is out of range</source>
        <translation>as dimensões das características estão fora do intervalo válido</translation>
    </message>
</context>
<context>
    <name>model-head-parameter-missing</name>
    <message>
        <location line="+72" />
        <source>the head parameter '%1' is missing</source>
        <translation>falta o parâmetro da cabeça '%1'</translation>
    </message>
</context>
<context>
    <name>model-head-parameter-shape</name>
    <message>
        <location line="+1" />
        <source>the head parameter '%1' does not match the configuration</source>
        <translation>o parâmetro da cabeça '%1' não corresponde à configuração</translation>
    </message>
</context>
<context>
    <name>model-incompatible-version</name>
    <message>
        <location line="-107" />
        <source>it was written by an incompatible version (format %1)</source>
        <translation>ele foi gravado por uma versão incompatível (formato %1)</translation>
    </message>
</context>
<context>
    <name>model-int8-without-calibration</name>
    <message>
        <location line="+20" />
        <source>its features are int8 but it has no calibration</source>
        <translation>suas características são int8, mas ele não tem calibração</translation>
    </message>
</context>
<context>
    <name>model-invalid</name>
    <message>
        <location line="-84" />
        <source>'%1' is not a valid TransferLab model: %2</source>
        <translation>'%1' não é um modelo TransferLab válido: %2</translation>
    </message>
</context>
<context>
    <name>model-metadata-damaged</name>
    <message>
        <location line="+91" />
        <source>its metadata is damaged (%1)</source>
        <translation>os metadados estão danificados (%1)</translation>
    </message>
</context>
<context>
    <name>model-no-metadata</name>
    <message>
        <location line="+58" />
        <location line="+5" />
        <source>it has no TransferLab metadata</source>
        <translation>ele não tem metadados do TransferLab</translation>
    </message>
</context>
<context>
    <name>model-no-training-result</name>
    <message>
        <location line="-87" />
        <source>its metadata is damaged (no training result)</source>
        <translation>os metadados estão danificados (sem resultado de treinamento)</translation>
    </message>
</context>
<context>
    <name>model-positive-class</name>
    <message>
        <location line="+33" />
        <source>its positive class is out of range</source>
        <translation>a classe positiva está fora do intervalo válido</translation>
    </message>
</context>
<context>
    <name>model-temperature-range</name>
    <message>
        <location line="+4" />
        <source>its temperature is outside (0, 1000]</source>
        <translation>a temperatura está fora de (0, 1000]</translation>
    </message>
</context>
<context>
    <name>model-threshold-range</name>
    <message>
        <location line="-2" />
        <source>its threshold is outside 0..1</source>
        <translation>o limiar de decisão está fora de 0..1</translation>
    </message>
</context>
<context>
    <name>model-weights-not-found</name>
    <message>
        <location filename="../../engine/facade/Classifier.cpp" line="-57" />
        <source>the backbone weights this model needs were not found (looked in '%1' and '%2'): pass the weights file explicitly</source>
        <translation>os pesos da rede base de que este modelo precisa não foram encontrados (procurados em '%1' e '%2'): indique o arquivo de pesos explicitamente</translation>
    </message>
</context>
<context>
    <name>no-image-evaluated</name>
    <message>
        <location line="+304" />
        <source>no image of '%1' could be evaluated</source>
        <translation>nenhuma imagem de '%1' pôde ser avaliada</translation>
    </message>
</context>
<context>
    <name>no-model-path</name>
    <message>
        <location filename="../../engine/facade/Training.cpp" line="+73" />
        <source>no output model path was given</source>
        <translation>nenhum caminho foi indicado para o modelo de saída</translation>
    </message>
</context>
<context>
    <name>no-training-images</name>
    <message>
        <location filename="../../engine/training/FineTuning.cpp" line="+83" />
        <location filename="../../engine/training/HeadTrainer.cpp" line="+168" />
        <source>there are no training images</source>
        <translation>não há imagens de treino</translation>
    </message>
</context>
<context>
    <name>onnx-cannot-serialise</name>
    <message>
        <location filename="../../engine/export/OnnxExport.cpp" line="+270" />
        <source>the ONNX model could not be serialised (is it over protobuf's 2 GB limit?)</source>
        <translation>não foi possível serializar o modelo ONNX (ele passa do limite de 2 GB do protobuf?)</translation>
    </message>
</context>
<context>
    <name>onnx-check-failed</name>
    <message>
        <location line="-4" />
        <source>the ONNX graph failed ONNX's checker: %1</source>
        <translation>o grafo ONNX foi reprovado pelo verificador do ONNX: %1</translation>
    </message>
</context>
<context>
    <name>onnx-head-parameter-missing</name>
    <message>
        <location line="-161" />
        <source>the model has no head parameter '%1'</source>
        <translation>o modelo não tem o parâmetro da cabeça '%1'</translation>
    </message>
</context>
<context>
    <name>operating-point-needs-two-classes</name>
    <message>
        <location filename="../../engine/evaluation/Metrics.cpp" line="-44" />
        <source>an operating point needs a two-class evaluation</source>
        <translation>um ponto de operação requer uma avaliação com duas classes</translation>
    </message>
</context>
<context>
    <name>option-below-minimum</name>
    <message>
        <location filename="../../engine/training/TrainOptions.cpp" line="+23" />
        <source>%1 must be at least %2</source>
        <translation>%1: deve ser no mínimo %2</translation>
    </message>
</context>
<context>
    <name>option-name</name>
    <message>
        <location filename="../../engine/backbone/ComputeOptions.cpp" line="+37" />
        <location filename="../../engine/training/TrainOptions.cpp" line="-58" />
        <source>precision</source>
        <translation>precisão</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../engine/training/TrainOptions.cpp" line="+10" />
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <location filename="../../engine/data/ReviewMarks.cpp" line="+45" />
        <source>review mark</source>
        <translation>marca de revisão</translation>
    </message>
    <message>
        <location filename="../../engine/facade/Embeddings.cpp" line="-8" />
        <source>pooling</source>
        <translation>pooling</translation>
    </message>
    <message>
        <location filename="../../engine/training/TrainConfig.cpp" line="+37" />
        <location filename="../../engine/training/TrainOptions.cpp" line="-115" />
        <source>head</source>
        <translation>cabeça classificadora</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../engine/training/TrainOptions.cpp" line="+27" />
        <source>optimizer</source>
        <translation>otimizador</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../engine/training/TrainOptions.cpp" line="+70" />
        <source>augmentation</source>
        <translation>aumento de dados</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../engine/training/TrainOptions.cpp" line="-80" />
        <source>feature scaling</source>
        <translation>escala das características</translation>
    </message>
    <message>
        <location filename="../../engine/training/TrainOptions.cpp" line="-38" />
        <source>image size</source>
        <translation>tamanho da imagem</translation>
    </message>
    <message>
        <location line="+14" />
        <source>weights</source>
        <translation>pesos</translation>
    </message>
    <message>
        <location line="+14" />
        <source>hidden units</source>
        <translation>unidades ocultas</translation>
    </message>
    <message>
        <location line="+6" />
        <source>dropout</source>
        <translation>dropout</translation>
    </message>
    <message>
        <location line="+18" />
        <source>learning rate</source>
        <translation>taxa de aprendizado</translation>
    </message>
    <message>
        <location line="+3" />
        <source>momentum</source>
        <translation>momento</translation>
    </message>
    <message>
        <location line="+3" />
        <source>batch size</source>
        <translation>tamanho do lote</translation>
    </message>
    <message>
        <location line="+3" />
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <location line="+4" />
        <source>seed</source>
        <translation>semente</translation>
    </message>
    <message>
        <location line="+5" />
        <source>validation split</source>
        <translation>divisão de validação</translation>
    </message>
    <message>
        <location line="+4" />
        <source>test split</source>
        <translation>divisão de teste</translation>
    </message>
    <message>
        <location line="+7" />
        <source>class weights</source>
        <translation>pesos das classes</translation>
    </message>
    <message>
        <location line="+7" />
        <source>target sensitivity</source>
        <translation>sensibilidade-alvo</translation>
    </message>
    <message>
        <location line="+8" />
        <source>calibration</source>
        <translation>calibração</translation>
    </message>
    <message>
        <location line="+7" />
        <source>fine-tuning epochs</source>
        <translation>épocas de ajuste fino</translation>
    </message>
    <message>
        <location line="+10" />
        <source>fine-tuning learning rate</source>
        <translation>taxa de aprendizado do ajuste fino</translation>
    </message>
    <message>
        <location line="+29" />
        <source>patience</source>
        <translation>paciência</translation>
    </message>
    <message>
        <location line="+6" />
        <source>learning-rate patience</source>
        <translation>paciência da taxa de aprendizado</translation>
    </message>
    <message>
        <location line="+6" />
        <source>learning-rate factor</source>
        <translation>fator da taxa de aprendizado</translation>
    </message>
    <message>
        <location line="+5" />
        <source>feature cache</source>
        <translation>cache de características</translation>
    </message>
    <message>
        <location filename="../../engine/base/Backbones.cpp" line="+83" />
        <location filename="../../engine/training/TrainOptions.cpp" line="-151" />
        <source>backbone</source>
        <translation>backbone</translation>
    </message>
    <message>
        <location filename="../../engine/data/Preprocessing.cpp" line="+21" />
        <source>preprocessing</source>
        <translation>pré-processamento</translation>
    </message>
</context>
<context>
    <name>option-negative</name>
    <message>
        <location filename="../../engine/training/TrainOptions.cpp" line="+174" />
        <source>%1 must not be negative</source>
        <translation>%1: não pode ser negativo</translation>
    </message>
</context>
<context>
    <name>option-not-a-multiple</name>
    <message>
        <location line="+6" />
        <source>%1 must be a multiple of %2 between %3 and %4 (got %5)</source>
        <translation>%1: deve ser um múltiplo de %2 entre %3 e %4 (recebido: %5)</translation>
    </message>
</context>
<context>
    <name>option-not-above-minimum</name>
    <message>
        <location line="-2" />
        <source>%1 must be above %2</source>
        <translation>%1: deve ser maior que %2</translation>
    </message>
</context>
<context>
    <name>option-outside-open-range</name>
    <message>
        <location line="+12" />
        <source>%1 must be above %2 and below %3</source>
        <translation>%1: deve ser maior que %2 e menor que %3</translation>
    </message>
</context>
<context>
    <name>option-outside-range</name>
    <message>
        <location line="-7" />
        <source>%1 must be between %2 and %3</source>
        <translation>%1: deve estar entre %2 e %3</translation>
    </message>
</context>
<context>
    <name>option-outside-range-above</name>
    <message>
        <location line="+5" />
        <source>%1 must be above %2 and at most %3</source>
        <translation>%1: deve ser maior que %2 e no máximo %3</translation>
    </message>
</context>
<context>
    <name>option-outside-range-below</name>
    <message>
        <location line="-3" />
        <source>%1 must be at least %2 and below %3</source>
        <translation>%1: deve ser no mínimo %2 e menor que %3</translation>
    </message>
</context>
<context>
    <name>option-unknown</name>
    <message>
        <location line="+22" />
        <source>no training option '%1'</source>
        <translation>não existe a opção de treinamento '%1'</translation>
    </message>
</context>
<context>
    <name>output-cannot-write</name>
    <message>
        <location filename="../../engine/base/AtomicFile.cpp" line="+23" />
        <source>cannot write '%1': %2</source>
        <translation>não é possível gravar '%1': %2</translation>
    </message>
</context>
<context>
    <name>output-folder-cannot-create</name>
    <message>
        <location line="-11" />
        <source>cannot create the folder '%1' for '%2': %3</source>
        <translation>não é possível criar a pasta '%1' para '%2': %3</translation>
    </message>
</context>
<context>
    <name>output-is-folder</name>
    <message>
        <location line="-3" />
        <source>cannot write '%1': it is a folder</source>
        <translation>não é possível gravar '%1': é uma pasta</translation>
    </message>
</context>
<context>
    <name>overlay-cannot-encode</name>
    <message>
        <location filename="../../engine/evaluation/HeatmapOverlay.cpp" line="+25" />
        <source>cannot encode the image for '%1'</source>
        <translation>não é possível codificar a imagem para '%1'</translation>
    </message>
</context>
<context>
    <name>overlay-unsupported-extension</name>
    <message>
        <location line="-5" />
        <source>cannot write '%1': use a .png or .jpg file name</source>
        <translation>não é possível gravar '%1': use um nome de arquivo .png ou .jpg</translation>
    </message>
</context>
<context>
    <name>phase</name>
    <message>
        <location filename="../../engine/base/Job.cpp" line="+8" />
        <source>loading the weights</source>
        <translation>carregando os pesos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>timing the precisions</source>
        <translation>medindo as precisões</translation>
    </message>
    <message>
        <location line="+1" />
        <source>calibrating int8</source>
        <translation>calibrando o int8</translation>
    </message>
    <message>
        <location line="+1" />
        <source>checking the precision's accuracy</source>
        <translation>verificando a exatidão da precisão</translation>
    </message>
    <message>
        <location line="+1" />
        <source>extracting features</source>
        <translation>extraindo características</translation>
    </message>
    <message>
        <location line="+1" />
        <source>training</source>
        <translation>treinamento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fine-tuning the backbone's last layers</source>
        <translation>ajustando as últimas camadas da rede base</translation>
    </message>
    <message>
        <location line="+3" />
        <source>classifying</source>
        <translation>classificando</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparing the images</source>
        <translation>comparando as imagens</translation>
    </message>
    <message>
        <location line="-3" />
        <source>evaluating</source>
        <translation>avaliando</translation>
    </message>
    <message>
        <location line="+1" />
        <source>checking the cache</source>
        <translation>verificando o cache</translation>
    </message>
</context>
<context>
    <name>precision-unsupported</name>
    <message>
        <location filename="../../engine/backbone/Backbone.cpp" line="-64" />
        <source>%1 does not run in %2: choose one of %3</source>
        <translation>%1 não roda em %2: escolha uma de %3</translation>
    </message>
</context>
<context>
    <name>review-image-outside-dataset</name>
    <message>
        <location filename="../../engine/data/ReviewMarks.cpp" line="+71" />
        <source>'%1' is not inside the dataset folder '%2'</source>
        <translation>'%1' não está dentro da pasta do conjunto de dados '%2'</translation>
    </message>
</context>
<context>
    <name>review-mark-or-clear</name>
    <message>
        <location filename="../../app/cli/ReviewCommand.cpp" line="-13" />
        <source>%1 or clear</source>
        <translation>%1 ou clear</translation>
    </message>
</context>
<context>
    <name>review-marks-cannot-remove</name>
    <message>
        <location filename="../../engine/data/ReviewMarks.cpp" line="-23" />
        <source>cannot remove the review marks '%1': %2</source>
        <translation>não é possível remover as marcas de revisão '%1': %2</translation>
    </message>
</context>
<context>
    <name>review-marks-cannot-save</name>
    <message>
        <location line="+14" />
        <source>cannot save the review marks: %1</source>
        <translation>não é possível salvar as marcas de revisão: %1</translation>
    </message>
</context>
<context>
    <name>review-marks-damaged</name>
    <message>
        <location line="-28" />
        <source>the review marks '%1' are damaged (%2): repair or delete the file to open the dataset</source>
        <translation>as marcas de revisão '%1' estão danificadas (%2): corrija ou apague o arquivo para abrir o conjunto de dados</translation>
    </message>
</context>
<context>
    <name>review-marks-unreadable</name>
    <message>
        <location line="-8" />
        <source>cannot read the review marks '%1'</source>
        <translation>não é possível ler as marcas de revisão '%1'</translation>
    </message>
</context>
<context>
    <name>run-result-invalid</name>
    <message>
        <location filename="../../engine/model/RunResult.cpp" line="+89" />
        <source>invalid run result: %1</source>
        <translation>resultado de treinamento inválido: %1</translation>
    </message>
</context>
<context>
    <name>sha256-unavailable</name>
    <message>
        <location filename="../../engine/base/Hashing.cpp" line="-29" />
        <source>cannot initialise SHA-256 (OpenSSL)</source>
        <translation>não é possível inicializar o SHA-256 (OpenSSL)</translation>
    </message>
</context>
<context>
    <name>shard-count-invalid</name>
    <message>
        <location filename="../../engine/facade/FeatureCache.cpp" line="+105" />
        <source>the number of shards must be at least 1</source>
        <translation>o número de shards deve ser no mínimo 1</translation>
    </message>
</context>
<context>
    <name>shard-needs-hash-and-count</name>
    <message>
        <location line="-77" />
        <source>a shard needs a content hash and a shard count of at least 1</source>
        <translation>um shard requer um hash de conteúdo e um número de shards de no mínimo 1</translation>
    </message>
</context>
<context>
    <name>shard-out-of-range</name>
    <message>
        <location line="+22" />
        <source>a shard K/N needs 0 &lt;= K &lt; N, e.g. 0/4 for the first of four (got '%1')</source>
        <translation>um shard K/N requer 0 &lt;= K &lt; N, por exemplo 0/4 para o primeiro de quatro (recebido: '%1')</translation>
    </message>
</context>
<context>
    <name>shard-syntax</name>
    <message>
        <location line="-5" />
        <source>a shard is written K/N, e.g. 0/4 for the first of four (got '%1')</source>
        <translation>um shard se escreve K/N, por exemplo 0/4 para o primeiro de quatro (recebido: '%1')</translation>
    </message>
</context>
<context>
    <name>skipped-cannot-open</name>
    <message>
        <location filename="../../engine/data/Dataset.cpp" line="-98" />
        <source>unreadable: permission denied or I/O error</source>
        <translation>ilegível: sem permissão ou erro de E/S</translation>
    </message>
</context>
<context>
    <name>skipped-empty-file</name>
    <message>
        <location line="-3" />
        <source>empty file (0 bytes)</source>
        <translation>arquivo vazio (0 bytes)</translation>
    </message>
</context>
<context>
    <name>skipped-marked-excluded</name>
    <message>
        <location filename="../../engine/data/ReviewMarks.cpp" line="-38" />
        <source>excluded in error review</source>
        <translation>excluída na revisão de erros</translation>
    </message>
</context>
<context>
    <name>skipped-marked-mislabelled</name>
    <message>
        <location line="-1" />
        <source>marked as mislabelled in error review</source>
        <translation>marcada como rótulo errado na revisão de erros</translation>
    </message>
</context>
<context>
    <name>skipped-not-an-image</name>
    <message>
        <location filename="../../engine/data/Dataset.cpp" line="+8" />
        <source>not an image: its content is not JPEG, PNG, BMP, TIFF or WebP</source>
        <translation>não é uma imagem: o conteúdo não é JPEG, PNG, BMP, TIFF nem WebP</translation>
    </message>
</context>
<context>
    <name>skipped-not-regular-file</name>
    <message>
        <location line="-13" />
        <source>not a regular file: %1</source>
        <translation>não é um arquivo comum: %1</translation>
    </message>
</context>
<context>
    <name>skipped-sub-folder</name>
    <message>
        <location line="+55" />
        <source>not a regular file: a folder (the sub-folders of a class folder are not read)</source>
        <translation>não é um arquivo comum: uma pasta (as subpastas de uma pasta de classe não são lidas)</translation>
    </message>
</context>
<context>
    <name>skipped-unreadable</name>
    <message>
        <location line="-67" />
        <source>unreadable: %1</source>
        <translation>ilegível: %1</translation>
    </message>
</context>
<context>
    <name>skipped-unreadable-folder</name>
    <message>
        <location line="+79" />
        <source>unreadable folder: %1</source>
        <translation>pasta ilegível: %1</translation>
    </message>
</context>
<context>
    <name>skipped-unsupported-extension</name>
    <message>
        <location line="-45" />
        <source>not an image: unsupported extension '%1'</source>
        <translation>não é uma imagem: extensão não suportada '%1'</translation>
    </message>
</context>
<context>
    <name>temperature-scaling-needs-validation</name>
    <message>
        <location filename="../../engine/training/TemperatureScaling.cpp" line="+28" />
        <source>temperature scaling needs at least one validation image</source>
        <translation>a calibração por temperatura precisa de pelo menos uma imagem de validação</translation>
    </message>
</context>
<context>
    <name>test-folder-missing</name>
    <message>
        <location filename="../../engine/data/Dataset.cpp" line="+152" />
        <source>test folder '%1' does not exist or is not a folder</source>
        <translation>a pasta de teste '%1' não existe ou não é uma pasta</translation>
    </message>
</context>
<context>
    <name>test-folder-unknown-class</name>
    <message>
        <location line="+5" />
        <source>the test folder has a class '%1' that the training data does not have</source>
        <translation>a pasta de teste tem uma classe '%1' que os dados de treino não têm</translation>
    </message>
</context>
<context>
    <name>test-fraction-out-of-range</name>
    <message>
        <location filename="../../engine/data/Splits.cpp" line="+112" />
        <source>the test fraction must be at least 0 and below 1 (got %1)</source>
        <translation>a fração de teste deve ser pelo menos 0 e abaixo de 1 (recebido %1)</translation>
    </message>
</context>
<context>
    <name>test-split-with-test-folder</name>
    <message>
        <location line="+4" />
        <source>a test split cannot be carved from '%1': it already has test images (a test folder); use one or the other</source>
        <translation>não é possível separar uma divisão de teste de '%1': ele já tem imagens de teste (uma pasta de teste); use uma ou outra</translation>
    </message>
</context>
<context>
    <name>threshold-needs-two-classes</name>
    <message>
        <location filename="../../engine/model/ModelFile.cpp" line="+83" />
        <source>'%1' has %2 classes: a decision threshold needs two</source>
        <translation>'%1' tem %2 classes: um limiar de decisão requer duas</translation>
    </message>
</context>
<context>
    <name>threshold-out-of-range</name>
    <message>
        <location line="+4" />
        <source>the decision threshold must be between 0 and 1</source>
        <translation>o limiar de decisão deve estar entre 0 e 1</translation>
    </message>
</context>
<context>
    <name>tl::ui::BatchPanel</name>
    <message>
        <location filename="../classify/BatchPanel.cpp" line="+30" />
        <source>Classify &amp;Folder…</source>
        <translation>Classificar &amp;pasta…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save &amp;Report…</source>
        <translation>Salvar &amp;relatório…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Referred only</source>
        <translation>Só as encaminhadas</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Classify every image of a folder: the table fills as the results arrive</source>
        <translation>Classificar todas as imagens de uma pasta: a tabela se preenche à medida que os resultados chegam</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A PDF to file or hand on: the model, its metrics, the refer rule and every image</source>
        <translation>Um PDF para arquivar ou repassar: o modelo, suas métricas, a regra de encaminhamento e cada imagem</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Also refer images whose probability is up to this much below the model's threshold</source>
        <translation>Encaminhar também as imagens cuja probabilidade fica até este tanto abaixo do limiar do modelo</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Drop a folder or several images here to classify them all</source>
        <translation>Solte aqui uma pasta ou várias imagens para classificar todas</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Uncertainty &amp;band:</source>
        <translation>&amp;Faixa de incerteza:</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Classify a Folder of Images</source>
        <translation>Classificar uma pasta de imagens</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Open or train a model first.</source>
        <translation>Abra ou treine um modelo primeiro.</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>%n file(s) could not be read:</source>
        <translation>
            <numerusform>%n arquivo não pôde ser lido:</numerusform>
            <numerusform>%n arquivos não puderam ser lidos:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>A batch is already running.</source>
        <translation>Um lote já está em andamento.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Refer rule: P(%1) at least %2 (the model's threshold %3 less the band).</source>
        <translation>Regra de encaminhamento: P(%1) de pelo menos %2 (o limiar do modelo, %3, menos a faixa).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Refer rule: a top probability below %1.</source>
        <translation>Regra de encaminhamento: maior probabilidade abaixo de %1.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+24" />
        <source>Saved %1</source>
        <translation>Salvo %1</translation>
    </message>
    <message>
        <location line="-22" />
        <location line="+26" />
        <source>Cannot save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <location line="-19" />
        <source>Save Report</source>
        <translation>Salvar relatório</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tl::ui::BatchTableModel</name>
    <message>
        <location filename="../classify/BatchTableModel.cpp" line="+146" />
        <location line="+28" />
        <source>Refer</source>
        <translation>Encaminhar</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Where the model looked (Grad-CAM of the predicted class); double-click to see it large</source>
        <translation>Onde o modelo olhou (Grad-CAM da classe prevista); clique duas vezes para ver em tamanho grande</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No heat map: this model cannot explain its answers (a TorchScript file)</source>
        <translation>Sem mapa de calor: este modelo não consegue explicar suas respostas (um arquivo TorchScript)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Probability of %1</source>
        <translation>Probabilidade de %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Probability</source>
        <translation>Probabilidade</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
</context>
<context>
    <name>tl::ui::CachedFeaturesLabel</name>
    <message>
        <location filename="../train/CachedFeaturesLabel.cpp" line="+55" />
        <source>%1 of %2 features already cached</source>
        <translation>%1 de %2 características já em cache</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A training with these settings computes only the features that are not in %1</source>
        <translation>Um treinamento com estas configurações calcula apenas as características que não estão em %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::ClassifyView</name>
    <message>
        <location filename="../classify/ClassifyView.cpp" line="+37" />
        <source>Open &amp;Image…</source>
        <translation>Abrir &amp;imagem…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Paste</source>
        <translation>&amp;Colar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show where the model &amp;looked</source>
        <translation>Mostrar onde o modelo &amp;olhou</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Drop an image here, paste one (Ctrl+V) or open a file.</source>
        <translation>Arraste uma imagem para cá, cole uma (Ctrl+V) ou abra um arquivo.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Choose an image file to classify</source>
        <translation>Escolher um arquivo de imagem para classificar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Classify the image on the clipboard</source>
        <translation>Classificar a imagem da área de transferência</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Grad-CAM heat map of the predicted class on the backbone's last convolution: red where the evidence is strongest</source>
        <translation>Mapa de calor Grad-CAM da classe prevista na última convolução da rede base: vermelho onde a evidência é mais forte</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Opacity of the heat map over the image</source>
        <translation>Opacidade do mapa de calor sobre a imagem</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Opacity:</source>
        <translation>Opacidade:</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Fingerprint: none (an older model file)</source>
        <translation>Impressão digital: nenhuma (um arquivo de modelo antigo)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fingerprint: %1</source>
        <translation>Impressão digital: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Model: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Modelo: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No model yet: train one or use File &gt; Open Model.</source>
        <translation>Ainda não há modelo: treine um ou use Arquivo &gt; Abrir modelo.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Open Image</source>
        <translation>Abrir imagem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</source>
        <translation>Imagens (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The clipboard holds no image.</source>
        <translation>A área de transferência não contém nenhuma imagem.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The pasted image is empty.</source>
        <translation>A imagem colada está vazia.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pasted image</source>
        <translation>Imagem colada</translation>
    </message>
    <message>
        <location line="+6" />
        <source>There is no model yet: train one or use File &gt; Open Model.</source>
        <translation>Ainda não há modelo: treine um ou use Arquivo &gt; Abrir modelo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Classifying…</source>
        <translation>Classificando…</translation>
    </message>
    <message>
        <location line="+49" />
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Predicted: %1</source>
        <translation>Previsão: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot classify: %1</source>
        <translation>Não foi possível classificar: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::ConfusionTable</name>
    <message>
        <location filename="../evaluate/ConfusionTable.cpp" line="+27" />
        <source>Rows: true class; columns: predicted class. Click a cell to see its images.</source>
        <translation>Linhas: classe real; colunas: classe prevista. Clique em uma célula para ver as imagens dela.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>true: %1</source>
        <translation>real: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>predicted:
%1</source>
        <translation>prevista:
%1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1
(%2%)</source>
        <translation>%1
(%2%)</translation>
    </message>
</context>
<context>
    <name>tl::ui::CrossValidationDialog</name>
    <message>
        <location filename="../train/CrossValidationDialog.cpp" line="+25" />
        <source>Recall of “%1”</source>
        <translation>Revocação de “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Loss (cross-entropy)</source>
        <translation>Perda (entropia cruzada)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Calibration error (ECE)</source>
        <translation>Erro de calibração (ECE)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sensitivity</source>
        <translation>Sensibilidade</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Specificity</source>
        <translation>Especificidade</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cross-Validate</source>
        <translation>Validação cruzada</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The training images are split into this many parts, class by class; each part is held out once while a head is trained on the others</source>
        <translation>As imagens de treino são divididas neste número de partes, classe por classe; cada parte é reservada uma vez enquanto uma cabeça é treinada nas demais</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Each fold trains for the Train view's epochs, without early stopping, on cached features.</source>
        <translation>Cada partição treina pelo número de épocas da tela Treinar, sem parada antecipada, com características em cache.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+61" />
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="-61" />
        <location line="+61" />
        <source>Mean</source>
        <translation>Média</translation>
    </message>
    <message>
        <location line="-61" />
        <location line="+61" />
        <source>Standard deviation</source>
        <translation>Desvio padrão</translation>
    </message>
    <message>
        <location line="-57" />
        <source>&amp;Folds:</source>
        <translation>&amp;Partições:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cross-validation failed: %1</source>
        <translation>Falha na validação cruzada: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+40" />
        <source>%n fold(s); features: %1 computed, %2 from the cache.</source>
        <translation>
            <numerusform>%n partição; características: %1 calculadas, %2 do cache.</numerusform>
            <numerusform>%n partições; características: %1 calculadas, %2 do cache.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>All folds' images (95% CI)</source>
        <translation>Imagens de todas as dobras (IC 95%)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fold %1</source>
        <translation>Partição %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::DatasetView</name>
    <message>
        <location filename="../data/DatasetView.cpp" line="+43" />
        <source>Load &amp;Groups…</source>
        <translation>Carregar &amp;Grupos…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No dataset is open. Use File &gt; Open Dataset, or drop a folder on the window.
A dataset is a folder with one sub-folder per class, or train/ and test/ folders that each hold one sub-folder per class.</source>
        <translation>Nenhum conjunto de dados aberto. Use Arquivo &gt; Abrir conjunto de dados ou arraste uma pasta para a janela.
Um conjunto de dados é uma pasta com uma subpasta por classe, ou com as pastas train/ e test/, cada uma com uma subpasta por classe.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Load a CSV with a header and the columns image (paths relative to the dataset folder) and group (the patient or lesion): the splits then keep each group's images on one side</source>
        <translation>Carregue um CSV com cabeçalho e as colunas image (caminhos relativos à pasta do conjunto de dados) e group (o paciente ou a lesão): as divisões então mantêm as imagens de cada grupo de um só lado</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Training</source>
        <translation>Treino</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Images per class and split. The validation images are drawn from the training folder with the validation fraction and seed of the Train step.</source>
        <translation>Imagens por classe e divisão. As imagens de validação são tiradas da pasta de treino com a fração de validação e a semente da etapa Treinar.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Files that are not used, with the reason</source>
        <translation>Arquivos não utilizados, com o motivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skipped files</source>
        <translation>Arquivos ignorados</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Show the images of one class only</source>
        <translation>Mostrar somente as imagens de uma classe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the images of one split only</source>
        <translation>Mostrar somente as imagens de uma divisão</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All splits</source>
        <translation>Todas as divisões</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Class:</source>
        <translation>Classe:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Split:</source>
        <translation>Divisão:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Duplicates and leakage</source>
        <translation>Duplicatas e vazamento</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n image(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n imagem</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n imagens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>Not grouped: each image is its own group, so two photographs of one lesion may fall on both sides of a split.</source>
        <translation>Sem grupos: cada imagem é seu próprio grupo, então duas fotografias de uma lesão podem cair nos dois lados de uma divisão.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n group(s) (%1): the splits keep each group's images together.</source>
        <translation>
            <numerusform>%n grupo (%1): as divisões mantêm juntas as imagens de cada grupo.</numerusform>
            <numerusform>%n grupos (%1): as divisões mantêm juntas as imagens de cada grupo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n image(s) without a group are each their own group.</source>
        <translation>
            <numerusform>%n imagem sem grupo é seu próprio grupo.</numerusform>
            <numerusform>%n imagens sem grupo são, cada uma, seu próprio grupo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Load Groups</source>
        <translation>Carregar Grupos</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>Class “%1” has only %n image(s): results will be unreliable.</source>
        <translation>
            <numerusform>A classe “%1” tem apenas %n imagem: os resultados não serão confiáveis.</numerusform>
            <numerusform>A classe “%1” tem apenas %n imagens: os resultados não serão confiáveis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The classes are imbalanced (%1:1): consider automatic class weights.</source>
        <translation>As classes estão desbalanceadas (%1:1): considere usar pesos de classe automáticos.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All classes</source>
        <translation>Todas as classes</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No file was skipped.</source>
        <translation>Nenhum arquivo foi ignorado.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n image(s) shown</source>
        <translation>
            <numerusform>%n imagem exibida</numerusform>
            <numerusform>%n imagens exibidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::ErrorReviewPanel</name>
    <message>
        <location filename="../evaluate/ErrorReviewPanel.cpp" line="+23" />
        <source>&amp;All Mistakes</source>
        <translation>Todos os &amp;erros</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark &amp;Mislabelled</source>
        <translation>Marcar &amp;rótulo errado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E&amp;xclude</source>
        <translation>Exc&amp;luir</translation>
    </message>
    <message>
        <location line="+0" />
        <source>C&amp;lear Mark</source>
        <translation>Des&amp;marcar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Retrain Without Marked Images</source>
        <translation>Treinar &amp;novamente sem as imagens marcadas</translation>
    </message>
    <message>
        <location line="+5" />
        <source>List every misclassified image again, not only one cell of the confusion matrix</source>
        <translation>Listar de novo todas as imagens classificadas incorretamente, não só uma célula da matriz de confusão</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Misclassified images, the most confident mistakes first: they are the likeliest label errors and the costliest misses</source>
        <translation>Imagens classificadas incorretamente, primeiro os erros com maior confiança: são os prováveis erros de rótulo e as falhas mais custosas</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The image's folder names the wrong class: leave it out of training until its label is fixed</source>
        <translation>A pasta da imagem indica a classe errada: deixá-la fora do treinamento até que o rótulo seja corrigido</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Leave the image out of training and evaluation (blurred, not a lesion…)</source>
        <translation>Deixar a imagem fora do treinamento e da avaliação (borrada, não é uma lesão…)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use the image again</source>
        <translation>Usar a imagem novamente</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Scan the dataset again without the marked images and train with the current settings; every other image's features come from the cache</source>
        <translation>Verificar o conjunto de dados de novo sem as imagens marcadas e treinar com as configurações atuais; as características das demais imagens vêm do cache</translation>
    </message>
    <message>
        <location line="+73" />
        <source>This evaluation comes from training and has no image list: use Evaluate Dataset to review its mistakes.</source>
        <translation>Esta avaliação vem do treinamento e não tem lista de imagens: use “Avaliar conjunto de dados” para revisar os erros.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n mistake(s) of class “%1” predicted as “%2”, most confident first.</source>
        <translation>
            <numerusform>%n erro da classe “%1” previsto como “%2”.</numerusform>
            <numerusform>%n erros da classe “%1” previstos como “%2”, os de maior confiança primeiro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n misclassified image(s), most confident first.</source>
        <translation>
            <numerusform>%n imagem classificada incorretamente.</numerusform>
            <numerusform>%n imagens classificadas incorretamente, as de maior confiança primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source> [mislabelled]</source>
        <translation> [rótulo errado]</translation>
    </message>
    <message>
        <location line="+1" />
        <source> [excluded]</source>
        <translation> [excluída]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1%  %2 → %3  %4%5</source>
        <translation>%1%  %2 → %3  %4%5</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1
True class: %2 — predicted: %3 (%4%)</source>
        <translation>%1
Classe real: %2 — prevista: %3 (%4%)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cannot show the image: %1</source>
        <translation>Não é possível exibir a imagem: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cannot save the mark: %1</source>
        <translation>Não é possível salvar a marcação: %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No image is marked.</source>
        <translation>Nenhuma imagem marcada.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n image(s) marked, left out of the next training (kept in %1).</source>
        <translation>
            <numerusform>%n imagem marcada, deixada fora do próximo treinamento (registrada em %1).</numerusform>
            <numerusform>%n imagens marcadas, deixadas fora do próximo treinamento (registradas em %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::EvaluationView</name>
    <message>
        <location filename="../evaluate/EvaluationView.cpp" line="+55" />
        <source>&amp;Evaluate Dataset</source>
        <translation>&amp;Avaliar conjunto de dados</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The evaluation to show</source>
        <translation>A avaliação a exibir</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The images of the open dataset to evaluate the current model on</source>
        <translation>As imagens do conjunto de dados aberto nas quais avaliar o modelo atual</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test split</source>
        <translation>Divisão de teste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validation split</source>
        <translation>Divisão de validação</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training split</source>
        <translation>Divisão de treino</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All images</source>
        <translation>Todas as imagens</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run the current model over the chosen images of the open dataset</source>
        <translation>Executar o modelo atual nas imagens escolhidas do conjunto de dados aberto</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Evaluation cancelled</source>
        <translation>Avaliação cancelada</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Show:</source>
        <translation>Exibir:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Recall</source>
        <translation>Revocação</translation>
    </message>
    <message>
        <location line="+0" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+154" />
        <source>Click a cell of the confusion matrix to see its images.</source>
        <translation>Clique em uma célula da matriz de confusão para ver as imagens dela.</translation>
    </message>
    <message>
        <location line="-150" />
        <source>Confusion matrix</source>
        <translation>Matriz de confusão</translation>
    </message>
    <message>
        <location line="+16" />
        <source>ROC Curve</source>
        <translation>Curva ROC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reliability Diagram</source>
        <translation>Diagrama de confiabilidade</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Learning Curve</source>
        <translation>Curva de Aprendizado</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Images of the Selected Cell</source>
        <translation>Imagens da célula selecionada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Error Review</source>
        <translation>Revisão de erros</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subgroups</source>
        <translation>Subgrupos</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accuracy:</source>
        <translation>Acurácia:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AUC:</source>
        <translation>AUC:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sensitivity:</source>
        <translation>Sensibilidade:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Specificity:</source>
        <translation>Especificidade:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PPV:</source>
        <translation>VPP:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPV:</source>
        <translation>VPN:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision threshold:</source>
        <translation>Limiar de decisão:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calibration error:</source>
        <translation>Erro de calibração:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expected calibration error (10 bins): how far the predicted class's probability is from how often it is right; 0 is perfectly calibrated</source>
        <translation>Erro de calibração esperado (10 faixas): o quanto a probabilidade da classe prevista se afasta da frequência com que ela acerta; 0 é calibração perfeita</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recall of the positive class at the decision threshold</source>
        <translation>Revocação da classe positiva no limiar de decisão</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recall of the negative class at the decision threshold</source>
        <translation>Revocação da classe negativa no limiar de decisão</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>In brackets, 95% confidence intervals from %n bootstrap resample(s) of the evaluated images, drawn class by class</source>
        <translation>
            <numerusform>Entre parênteses, intervalos de confiança de 95% de %n reamostragem bootstrap das imagens avaliadas, sorteadas classe por classe</numerusform>
            <numerusform>Entre parênteses, intervalos de confiança de 95% de %n reamostragens bootstrap das imagens avaliadas, sorteadas classe por classe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 — validation split</source>
        <translation>%1 — divisão de validação</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — test split</source>
        <translation>%1 — divisão de teste</translation>
    </message>
    <message>
        <location line="+50" />
        <source>The dataset has no image in the chosen split.</source>
        <translation>O conjunto de dados não tem nenhuma imagem na divisão escolhida.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Evaluating %n image(s)…</source>
        <translation>
            <numerusform>Avaliando %n imagem…</numerusform>
            <numerusform>Avaliando %n imagens…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Evaluation finished: accuracy %1</source>
        <translation>Avaliação concluída: acurácia %1</translation>
    </message>
    <message numerus="yes">
        <location line="+35" />
        <source>%1, %n image(s)</source>
        <translation>
            <numerusform>%1, %n imagem</numerusform>
            <numerusform>%1, %n imagens</numerusform>
        </translation>
    </message>
    <message>
        <location line="-207" />
        <source>Evaluation failed: %1</source>
        <translation>Falha na avaliação: %1</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Positive predictive value: the share of the images predicted positive that are positive</source>
        <translation>Valor preditivo positivo: a fração das imagens previstas como positivas que são positivas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Negative predictive value: the share of the images predicted negative that are negative</source>
        <translation>Valor preditivo negativo: a fração das imagens previstas como negativas que são negativas</translation>
    </message>
    <message>
        <location line="+166" />
        <source>This evaluation comes from training and has no image list: use Evaluate Dataset to browse the images of each cell.</source>
        <translation>Esta avaliação vem do treinamento e não tem lista de imagens: use “Avaliar conjunto de dados” para ver as imagens de cada célula.</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>%n image(s) of class “%1” predicted as “%2”.</source>
        <translation>
            <numerusform>%n imagem da classe “%1” prevista como “%2”.</numerusform>
            <numerusform>%n imagens da classe “%1” previstas como “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::ImagePreviewDialog</name>
    <message>
        <location filename="../widgets/ImagePreviewDialog.cpp" line="+30" />
        <source>%1
%2 × %3 pixels — %4</source>
        <translation>%1
%2 × %3 pixels — %4</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1
This image cannot be shown: %2</source>
        <translation>%1
Não é possível exibir esta imagem: %2</translation>
    </message>
</context>
<context>
    <name>tl::ui::JobProgress</name>
    <message>
        <location filename="../jobs/JobProgress.cpp" line="+17" />
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Stop after the current batch</source>
        <translation>Parar após o lote atual</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+12" />
        <source> — %1 of %2</source>
        <translation> — %1 de %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source> — about %1 left</source>
        <translation> — faltam cerca de %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::LeakagePanel</name>
    <message>
        <location filename="../data/LeakagePanel.cpp" line="+31" />
        <source>Find &amp;Duplicates</source>
        <translation>Procurar &amp;Duplicatas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exclude the &amp;First</source>
        <translation>Excluir a &amp;Primeira</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exclude the &amp;Second</source>
        <translation>Excluir a &amp;Segunda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put Both in One &amp;Group</source>
        <translation>Pôr as Duas num &amp;Grupo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Look for images that are the same picture or nearly so (re-encoded, resized, cropped, flipped, turned), and for those that sit on both sides of a split or under two classes. Uses the Train view's backbone, weights, cache and split.</source>
        <translation>Procura imagens que são a mesma foto ou quase (recodificadas, redimensionadas, recortadas, espelhadas, giradas), e as que ficam nos dois lados de uma divisão ou em duas classes. Usa a rede base, os pesos, o cache e a divisão da vista Treinar.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Similarity</source>
        <translation>Similaridade</translation>
    </message>
    <message>
        <location line="+0" />
        <source>First image</source>
        <translation>Primeira imagem</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Second image</source>
        <translation>Segunda imagem</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Across a split</source>
        <translation>Entre divisões</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Treat the two images as one patient or lesion: the splits keep them together</source>
        <translation>Trata as duas imagens como um paciente ou lesão: as divisões as mantêm juntas</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The search failed: %1</source>
        <translation>A busca falhou: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>%n pair(s) of the %1 images at similarity %2 or more</source>
        <translation>
            <numerusform>%n par das %1 imagens com similaridade %2 ou mais</numerusform>
            <numerusform>%n pares das %1 imagens com similaridade %2 ou mais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n across a split</source>
        <translation>
            <numerusform>%n entre divisões</numerusform>
            <numerusform>%n entre divisões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n under two classes</source>
        <translation>
            <numerusform>%n em duas classes</numerusform>
            <numerusform>%n em duas classes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>exact copy</source>
        <translation>cópia exata</translation>
    </message>
    <message>
        <location line="+3" />
        <source>two classes</source>
        <translation>duas classes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>same class</source>
        <translation>mesma classe</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Exclude Image</source>
        <translation>Excluir Imagem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The image could not be marked: %1</source>
        <translation>A imagem não pôde ser marcada: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::LearningCurvePanel</name>
    <message>
        <location filename="../evaluate/LearningCurvePanel.cpp" line="+50" />
        <source>&amp;Draw Learning Curve</source>
        <translation>&amp;Desenhar Curva de Aprendizado</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Train the head on 10%, 20%, … 100% of the training images (from the feature cache, groups kept whole) and measure each on the same held-out images</source>
        <translation>Treina a cabeça em 10%, 20%, … 100% das imagens de treino (do cache de características, grupos inteiros) e mede cada uma nas mesmas imagens separadas</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Would more images help? Draw the curve: if it still climbs at 100%, they would.</source>
        <translation>Mais imagens ajudariam? Desenhe a curva: se ela ainda sobe em 100%, ajudariam.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Training images used (%)</source>
        <translation>Imagens de treino usadas (%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On the held-out images</source>
        <translation>Nas imagens separadas</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The learning curve could not be drawn: %1</source>
        <translation>A curva de aprendizado não pôde ser desenhada: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Measured on the %1 split (%n image(s)); bars: 95% confidence intervals.</source>
        <translation>
            <numerusform>Medido na divisão de %1 (%n imagem); barras: intervalos de confiança de 95%.</numerusform>
            <numerusform>Medido na divisão de %1 (%n imagens); barras: intervalos de confiança de 95%.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::LivePlots</name>
    <message>
        <location filename="../train/LivePlots.cpp" line="+48" />
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+48" />
        <source>Training (smoothed, per batch)</source>
        <translation>Treino (suavizado, por lote)</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Drag to pan, wheel to zoom; right-click to export or reset the view</source>
        <translation>Arraste para mover, use a roda do mouse para zoom; clique com o botão direito para exportar ou redefinir a visualização</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Validation (per epoch)</source>
        <translation>Validação (por época)</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Training (per epoch)</source>
        <translation>Treino (por época)</translation>
    </message>
    <message>
        <location line="+76" />
        <source>↑ up to %1 (right-click: logarithmic axis)</source>
        <translation>↑ até %1 (botão direito: eixo logarítmico)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Export as PNG…</source>
        <translation>Exportar como PNG…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export as PDF…</source>
        <translation>Exportar como PDF…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reset view</source>
        <translation>Redefinir visualização</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Logarithmic axis</source>
        <translation>Eixo logarítmico</translation>
    </message>
    <message>
        <location line="+9" />
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>Export Plot</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The plot could not be written to %1.</source>
        <translation>Não foi possível gravar o gráfico em %1.</translation>
    </message>
</context>
<context>
    <name>tl::ui::MainWindow</name>
    <message>
        <location filename="../MainWindow.cpp" line="+58" />
        <source>TransferLab</source>
        <translation>TransferLab</translation>
    </message>
    <message>
        <location line="+5" />
        <source>1. &amp;Data</source>
        <translation>1. &amp;Dados</translation>
    </message>
    <message>
        <location line="+1" />
        <source>2. &amp;Train</source>
        <translation>2. &amp;Treinar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>3. &amp;Evaluate</source>
        <translation>3. A&amp;valiar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>4. &amp;Classify</source>
        <translation>4. &amp;Classificar</translation>
    </message>
    <message>
        <location filename="../MainWindowActions.cpp" line="+31" />
        <source>Open &amp;Dataset…</source>
        <translation>Abrir &amp;conjunto de dados…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open a folder with one sub-folder of images per class</source>
        <translation>Abrir uma pasta com uma subpasta de imagens por classe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open &amp;Model…</source>
        <translation>Abrir &amp;modelo…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open a trained model file</source>
        <translation>Abrir um arquivo de modelo treinado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save Model As…</source>
        <translation>&amp;Salvar modelo como…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save a copy of the current model</source>
        <translation>Salvar uma cópia do modelo atual</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export Model…</source>
        <translation>&amp;Exportar modelo…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the current model as TorchScript, ONNX or a model card</source>
        <translation>Exportar o modelo atual como TorchScript, ONNX ou ficha do modelo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ImageNet &amp;Weights…</source>
        <translation>&amp;Pesos ImageNet…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Download or locate the pretrained weights of the backbone the Train view names</source>
        <translation>Baixar ou localizar os pesos pré-treinados da rede base escolhida na aba Treinar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="+86" />
        <location filename="../MainWindowActions.cpp" line="+0" />
        <source>Quit TransferLab</source>
        <translation>Sair do TransferLab</translation>
    </message>
    <message>
        <location filename="../MainWindowActions.cpp" line="+1" />
        <source>&amp;About TransferLab</source>
        <translation>&amp;Sobre o TransferLab</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="+297" />
        <location filename="../MainWindowActions.cpp" line="+0" />
        <source>About TransferLab</source>
        <translation>Sobre o TransferLab</translation>
    </message>
    <message>
        <location filename="../MainWindowActions.cpp" line="+9" />
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Recent Datasets</source>
        <translation>Conjuntos de dados &amp;recentes</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No dataset</source>
        <translation>Nenhum conjunto de dados</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No model</source>
        <translation>Nenhum modelo</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="-333" />
        <source>Training failed: %1</source>
        <translation>Falha no treinamento: %1</translation>
    </message>
    <message>
        <location line="+37" />
        <source>A training is running. Stop it and quit? Its model will not be written; the checkpoint of its last finished epoch is kept for resuming.</source>
        <translation>Há um treinamento em andamento. Interrompê-lo e sair? O modelo dele não será gravado; o checkpoint da última época concluída é mantido para retomá-lo depois.</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+43" />
        <source>Open Dataset</source>
        <translation>Abrir conjunto de dados</translation>
    </message>
    <message>
        <location line="-27" />
        <source>Opened %1</source>
        <translation>Aberto: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Scanning %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The dataset cannot be opened: %1</source>
        <translation>Não é possível abrir o conjunto de dados: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Dataset: %1 (%n image(s))</source>
        <translation>
            <numerusform>Conjunto de dados: %1 (%n imagem)</numerusform>
            <numerusform>Conjunto de dados: %1 (%n imagens)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — TransferLab</source>
        <translation>%1 — TransferLab</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Load Groups</source>
        <translation>Carregar Grupos</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The groups cannot be loaded: %1</source>
        <translation>Os grupos não podem ser carregados: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 and %2 are now one group: no split will separate them</source>
        <translation>%1 e %2 agora são um grupo: nenhuma divisão vai separá-las</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Open TorchScript File</source>
        <translation>Abrir arquivo TorchScript</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is a TorchScript file: it contains code that runs on this computer when the model is used. Open it only if you trust where it came from, such as an export you made yourself.</source>
        <translation>%1 é um arquivo TorchScript: ele contém código que é executado neste computador quando o modelo é usado. Abra-o somente se confiar na origem dele, como uma exportação feita por você mesmo.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Opening model %1…</source>
        <translation>Abrindo o modelo %1…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Opened model %1</source>
        <translation>Modelo %1 aberto</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open Model</source>
        <translation>Abrir modelo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The model cannot be opened: %1</source>
        <translation>Não é possível abrir o modelo: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 (at training)</source>
        <translation>%1 (no treinamento)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Run of %1</source>
        <translation>Execução das %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The model of this run was overwritten or removed: its options, curves and metrics are shown, but not its model.</source>
        <translation>O modelo desta execução foi sobrescrito ou removido: suas opções, curvas e métricas são exibidas, mas não o modelo.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Save Model As</source>
        <translation>Salvar modelo como</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The model could not be saved to %1: %2</source>
        <translation>Não foi possível salvar o modelo em %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model saved to %1</source>
        <translation>Modelo salvo em %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The model now decides at threshold %1</source>
        <translation>O modelo agora usa o limiar de decisão %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Decision Threshold</source>
        <translation>Limiar de decisão</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The threshold could not be saved: %1</source>
        <translation>Não foi possível salvar o limiar: %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Exported %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export Model</source>
        <translation>Exportar modelo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The model could not be exported: %1</source>
        <translation>Não foi possível exportar o modelo: %1</translation>
    </message>
    <message>
        <location line="+33" />
        <source>&lt;h3&gt;TransferLab %1&lt;/h3&gt;&lt;p&gt;Trains image classifiers by transfer learning: a frozen ImageNet backbone (VGG16 or MobileNetV2) and a small trained head.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and libtorch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TransferLab %1&lt;/h3&gt;&lt;p&gt;Treina classificadores de imagens por aprendizado por transferência: uma rede base ImageNet congelada (VGG16 ou MobileNetV2) e uma pequena cabeça treinada.&lt;/p&gt;&lt;p&gt;Feito com Qt %2 e libtorch.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReliabilityPlot</name>
    <message>
        <location filename="../evaluate/ReliabilityPlot.cpp" line="+10" />
        <source>Reliability diagram: how often the predicted class is right (bars) against how confident the model was (diagonal: perfect calibration)</source>
        <translation>Diagrama de confiabilidade: com que frequência a classe prevista está certa (barras) em relação à confiança do modelo (diagonal: calibração perfeita)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+7" />
        <location line="+21" />
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Perfect calibration</source>
        <translation>Calibração perfeita</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Accuracy (ECE = %1)</source>
        <translation>Acurácia (ECE = %1)</translation>
    </message>
</context>
<context>
    <name>tl::ui::RocThresholdPicker</name>
    <message>
        <location filename="../evaluate/RocThresholdPicker.cpp" line="+26" />
        <source>&amp;Use as the Model's Threshold</source>
        <translation>&amp;Usar como limiar do modelo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Click or drag along the curve to pick a decision threshold</source>
        <translation>Clique ou arraste ao longo da curva para escolher um limiar de decisão</translation>
    </message>
    <message>
        <location line="+1" />
        <source>False positive rate</source>
        <translation>Taxa de falsos positivos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>True positive rate</source>
        <translation>Taxa de verdadeiros positivos</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Chance</source>
        <translation>Acaso</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Threshold</source>
        <translation>Limiar</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Decision threshold: the positive class is predicted when its probability reaches it</source>
        <translation>Limiar de decisão: a classe positiva é prevista quando a probabilidade dela atinge este valor</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save this threshold into the current model: Classify, predict and the exports then use it</source>
        <translation>Salvar este limiar no modelo atual: Classificar, a predição e as exportações passam a usá-lo</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Threshold:</source>
        <translation>Limiar:</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ROC (AUC = %1)</source>
        <translation>ROC (AUC = %1)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <location line="+47" />
        <source>The threshold picker needs a two-class evaluation.</source>
        <translation>O seletor de limiar requer uma avaliação com duas classes.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>At threshold %1: sensitivity %2, specificity %3, PPV %4, NPV %5</source>
        <translation>No limiar %1: sensibilidade %2, especificidade %3, VPP %4, VPN %5</translation>
    </message>
</context>
<context>
    <name>tl::ui::RunHistory</name>
    <message>
        <location filename="../train/RunHistory.cpp" line="+41" />
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Show &amp;Run</source>
        <translation>Mostrar &amp;execução</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Finished runs; double-click one to show its options, curves and metrics, or select several and compare them</source>
        <translation>Execuções concluídas; clique duas vezes em uma para ver suas opções, curvas e métricas, ou selecione várias e compare-as</translation>
    </message>
    <message>
        <location line="-54" />
        <source>Show the selected run's options, curves and metrics again</source>
        <translation>Mostrar de novo as opções, curvas e métricas da execução selecionada</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show the selected runs' options and metrics side by side</source>
        <translation>Mostrar lado a lado as opções e métricas das execuções selecionadas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove the selected runs from the history, and their model files if you choose</source>
        <translation>Remover as execuções selecionadas do histórico e, se você quiser, os arquivos de modelo delas</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Run history:</source>
        <translation>Histórico de execuções:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>accuracy %1</source>
        <translation>acurácia %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no evaluation</source>
        <translation>sem avaliação</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(fine-tuned; validation %1, frozen %2)</source>
        <translation>(ajuste fino; validação %1, congelado %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 — %2, %3 px, %n epoch(s), lr %4 — %5</source>
        <translation>
            <numerusform>%1 — %2, %3 px, %n época, taxa de aprendizado %4 — %5</numerusform>
            <numerusform>%1 — %2, %3 px, %n épocas, taxa de aprendizado %4 — %5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25" />
        <source>Delete Runs</source>
        <translation>Excluir execuções</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Remove %n run(s) from the history?</source>
        <translation>
            <numerusform>Remover %n execução do histórico?</numerusform>
            <numerusform>Remover %n execuções do histórico?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Also delete their model files (cannot be undone)</source>
        <translation>Excluir também os arquivos de modelo delas (não pode ser desfeito)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Epochs run</source>
        <translation>Épocas executadas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validation accuracy</source>
        <translation>Acurácia de validação</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Validation AUC</source>
        <translation>AUC de validação</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Validation accuracy before fine-tuning</source>
        <translation>Acurácia de validação antes do ajuste fino</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Validation AUC before fine-tuning</source>
        <translation>AUC de validação antes do ajuste fino</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Test accuracy</source>
        <translation>Acurácia de teste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test AUC</source>
        <translation>AUC de teste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test sensitivity</source>
        <translation>Sensibilidade de teste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Test specificity</source>
        <translation>Especificidade de teste</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Compare Runs</source>
        <translation>Comparar execuções</translation>
    </message>
</context>
<context>
    <name>tl::ui::RunRecords</name>
    <message>
        <location filename="../session/RunRecords.cpp" line="+61" />
        <source>The run history cannot be saved to %1</source>
        <translation>Não é possível salvar o histórico de execuções em %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::SubgroupPanel</name>
    <message>
        <location filename="../evaluate/SubgroupPanel.cpp" line="+22" />
        <source>The column of the metadata file whose values form the subgroups</source>
        <translation>A coluna do arquivo de metadados cujos valores formam os subgrupos</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <location line="+0" />
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sensitivity</source>
        <translation>Sensibilidade</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Specificity</source>
        <translation>Especificidade</translation>
    </message>
    <message>
        <location line="+5" />
        <source>By:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Load a metadata file with more columns than image and group (site, sex, age band…) with Load Groups in the Data view to see the metrics of each subgroup.</source>
        <translation>Carregue um arquivo de metadados com mais colunas além de image e group (local, sexo, faixa etária…) com Carregar Grupos na vista de Dados para ver as métricas de cada subgrupo.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Use Evaluate Dataset to break an evaluation down by subgroup: a training's stored evaluation has no image list.</source>
        <translation>Use Avaliar conjunto de dados para dividir uma avaliação por subgrupo: a avaliação guardada de um treino não tem lista de imagens.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>In brackets, 95% confidence intervals; a subgroup too small for one says so.</source>
        <translation>Entre parênteses, intervalos de confiança de 95%; um subgrupo pequeno demais para um intervalo diz isso.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>(no value)</source>
        <translation>(sem valor)</translation>
    </message>
</context>
<context>
    <name>tl::ui::ThumbnailModel</name>
    <message>
        <location filename="../widgets/ThumbnailModel.cpp" line="+90" />
        <source>%1
Class: %2
Split: %3</source>
        <translation>%1
Classe: %2
Divisão: %3</translation>
    </message>
</context>
<context>
    <name>tl::ui::TrainingForm</name>
    <message>
        <location filename="../train/TrainingForm.cpp" line="+94" />
        <source>Output model:</source>
        <translation>Modelo de saída:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the trained model is written; empty: a new file for every run, named after the dataset and the time</source>
        <translation>Onde o modelo treinado é gravado; vazio: um arquivo novo a cada execução, com o nome do conjunto de dados e o horário</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Automatic: a new file per run in %1</source>
        <translation>Automático: um arquivo novo por execução em %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resume from the checkpoint of an interrupted run</source>
        <translation>Retomar a partir do checkpoint de uma execução interrompida</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Continue the run that was writing this output model when it was interrupted</source>
        <translation>Continuar a execução que estava gravando este modelo de saída quando foi interrompida</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Advanced options</source>
        <translation>Opções avançadas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Image size, feature scaling, optimizer, seed, validation split, calibration, fine-tuning, precision, device, early stopping and the feature cache</source>
        <translation>Tamanho da imagem, escala das características, otimizador, semente, divisão de validação, calibração, ajuste fino, precisão, dispositivo, parada antecipada e o cache de características</translation>
    </message>
    <message>
        <location line="+41" />
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+64" />
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>TransferLab models (*.tlmodel)</source>
        <translation>Modelos TransferLab (*.tlmodel)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weights (*.h5 *.hdf5 *.pt);;All files (*)</source>
        <translation>Pesos (*.h5 *.hdf5 *.pt);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>tl::ui::TrainingPanel</name>
    <message>
        <location filename="../train/TrainingPanel.cpp" line="+89" />
        <source>&amp;Train</source>
        <translation>&amp;Treinar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Train a model on the open dataset</source>
        <translation>Treinar um modelo com o conjunto de dados aberto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pause the run after the current batch</source>
        <translation>Pausar a execução após o lote atual</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+138" />
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <location line="-138" />
        <source>Continue the paused run</source>
        <translation>Continuar a execução pausada</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cross-&amp;Validate…</source>
        <translation>&amp;Validação cruzada…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>k-fold cross-validation of these settings: how much the metrics vary with the held-out images</source>
        <translation>Validação cruzada k-fold destas configurações: quanto as métricas variam conforme as imagens reservadas</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Stop the run after the current batch; no model is written</source>
        <translation>Parar a execução após o lote atual; nenhum modelo é gravado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Paused.</source>
        <translation>Pausado.</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Resume Training</source>
        <translation>Retomar treinamento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An interrupted run left a checkpoint for %1. Resume it from its last finished epoch, or start over?</source>
        <translation>Uma execução interrompida deixou um checkpoint para %1. Retomá-la a partir da última época concluída ou começar de novo?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Start Over</source>
        <translation>&amp;Começar de novo</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Replace Model</source>
        <translation>Substituir modelo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 already exists. Replace it with the model of this run?

Leave Output model empty to write a new file for every run.</source>
        <translation>%1 já existe. Substituí-lo pelo modelo desta execução?

Deixe Modelo de saída vazio para gravar um novo arquivo a cada execução.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Pausing after the current batch…</source>
        <translation>Pausando após o lote atual…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Resumed.</source>
        <translation>Retomado.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Epoch %1 of %2: training loss %3, accuracy %4</source>
        <translation>Época %1 de %2: perda de treino %3, acurácia %4</translation>
    </message>
    <message>
        <location line="+6" />
        <source>; validation loss %1, accuracy %2</source>
        <translation>; perda de validação %1, acurácia %2</translation>
    </message>
    <message>
        <location line="-187" />
        <source>Training was cancelled; no model was written.</source>
        <translation>O treinamento foi cancelado; nenhum modelo foi gravado.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training cancelled</source>
        <translation>Treinamento cancelado</translation>
    </message>
    <message>
        <location line="+196" />
        <source>Model written to %1 (best epoch %2; features: %3 computed, %4 from the cache).</source>
        <translation>Modelo gravado em %1 (melhor época %2; características: %3 calculadas, %4 do cache).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stopped early: the validation loss no longer improved.</source>
        <translation>Parada antecipada: a perda de validação deixou de melhorar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cache warning: %1</source>
        <translation>Aviso do cache: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Training finished</source>
        <translation>Treinamento concluído</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Training failed: %1</source>
        <translation>Falha no treinamento: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::WeightsDialog</name>
    <message>
        <location filename="../weights/WeightsDialog.cpp" line="+34" />
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+4" />
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot save %1: %2</source>
        <translation>Não é possível salvar %1: %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Download</source>
        <translation>&amp;Baixar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Locate File…</source>
        <translation>&amp;Localizar arquivo…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ImageNet Weights: %1</source>
        <translation>Pesos ImageNet: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Download the Keras %1 notop weights (%2 MB) from %3 and check them.</source>
        <translation>Baixar os pesos notop do Keras %1 (%2 MB) de %3 e verificá-los.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Locate %1 Weights</source>
        <translation>Localizar pesos %1</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The downloaded file is not usable, so it was discarded: %1</source>
        <translation>O arquivo baixado não pode ser usado, por isso foi descartado: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The ImageNet %1 weights are installed:
%2</source>
        <translation>Os pesos ImageNet %1 estão instalados:
%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The ImageNet %1 weights are not installed yet. TransferLab needs them to train: download them (%2 MB) or locate a copy you already have.</source>
        <translation>Os pesos ImageNet %1 ainda não estão instalados. O TransferLab precisa deles para treinar: baixe-os (%2 MB) ou localize uma cópia que você já tenha.</translation>
    </message>
    <message>
        <location line="-109" />
        <source>Use a copy you already have: Keras .h5 (notop) or a TorchScript features .pt.</source>
        <translation>Usar uma cópia que você já tem: .h5 do Keras (notop) ou um .pt de características TorchScript.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 of %2 MB</source>
        <translation>%1 de %2 MB</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Weights (*.h5 *.hdf5 *.pt);;All files (*)</source>
        <translation>Pesos (*.h5 *.hdf5 *.pt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Using %1.</source>
        <translation>Usando %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This file cannot be used: %1</source>
        <translation>Este arquivo não pode ser usado: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::WeightsDownloader</name>
    <message>
        <location filename="../weights/WeightsDownloader.cpp" line="+26" />
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Cannot write the downloaded file: %1</source>
        <translation>Não é possível gravar o arquivo baixado: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cannot reach %1: this computer seems to be offline. Download the file elsewhere and use “Locate File…”.</source>
        <translation>Não é possível acessar %1: este computador parece estar sem conexão. Baixe o arquivo em outro lugar e use “Localizar arquivo…”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server closed the connection after %1 bytes: try again.</source>
        <translation>O servidor encerrou a conexão após %1 bytes: tente novamente.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server answered HTTP %1 for %2.</source>
        <translation>O servidor respondeu HTTP %1 para %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The download failed: %1</source>
        <translation>Falha ao baixar: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The download was cancelled.</source>
        <translation>O download foi cancelado.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The download stopped after %1 of %2 bytes: try again.</source>
        <translation>O download parou após %1 de %2 bytes: tente novamente.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The downloaded file is not the expected one (MD5 %1 instead of %2), so it was discarded.</source>
        <translation>O arquivo baixado não é o esperado (MD5 %1 em vez de %2) e foi descartado.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Cannot save %1: %2</source>
        <translation>Não é possível salvar %1: %2</translation>
    </message>
</context>
<context>
    <name>tl::ui::WeightsGuide</name>
    <message>
        <location filename="../weights/WeightsGuide.cpp" line="+62" />
        <source>Demo weights in use: %1. Results are not meaningful.</source>
        <translation>Pesos de demonstração em uso: %1. Os resultados não têm significado.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot write the demo weights: %1</source>
        <translation>Não foi possível gravar os pesos de demonstração: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Weights ready: %1</source>
        <translation>Pesos prontos: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::WeightsNotice</name>
    <message>
        <location filename="../weights/WeightsNotice.cpp" line="+12" />
        <source>Use Demo Weights</source>
        <translation>Usar pesos de demonstração</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Locate File…</source>
        <translation>Localizar arquivo…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use a copy you already have: Keras .h5 (notop) or a TorchScript features .pt</source>
        <translation>Usar uma cópia que você já tem: .h5 do Keras (notop) ou um .pt de características TorchScript</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Seeded random weights in the Keras layout: everything runs, but the results are not meaningful, and every result says so</source>
        <translation>Pesos aleatórios com semente fixa no formato do Keras: tudo funciona, mas os resultados não têm significado, e cada resultado avisa isso</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Download (%1 MB)</source>
        <translation>Baixar (%1 MB)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Download the Keras %1 notop weights and check them</source>
        <translation>Baixar os pesos notop do Keras %1 e verificá-los</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;b&gt;The ImageNet %1 weights are not installed yet.&lt;/b&gt; Training starts from them: download them once, or locate a copy you already have.</source>
        <translation>&lt;b&gt;Os pesos ImageNet da %1 ainda não estão instalados.&lt;/b&gt; O treinamento parte deles: baixe-os uma vez ou localize uma cópia que você já tem.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&lt;b&gt;The ImageNet %1 weights could not be downloaded.&lt;/b&gt; %2 You can also try TransferLab with demo weights.</source>
        <translation>&lt;b&gt;Não foi possível baixar os pesos ImageNet da %1.&lt;/b&gt; %2 Você também pode experimentar o TransferLab com pesos de demonstração.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&lt;b&gt;Demo weights: results are not meaningful.&lt;/b&gt; They are seeded random numbers, not ImageNet's weights. Download or locate the real weights to train for real.</source>
        <translation>&lt;b&gt;Pesos de demonstração: os resultados não têm significado.&lt;/b&gt; São números aleatórios com semente fixa, não os pesos da ImageNet. Baixe ou localize os pesos reais para treinar de verdade.</translation>
    </message>
</context>
<context>
    <name>torchscript-backbone-unloadable</name>
    <message>
        <location filename="../../engine/backbone/Backbone.cpp" line="-59" />
        <source>'%1' is not a loadable TorchScript file: %2</source>
        <translation>'%1' não é um arquivo TorchScript que possa ser carregado: %2</translation>
    </message>
</context>
<context>
    <name>torchscript-export-unloadable</name>
    <message>
        <location filename="../../engine/export/TorchScriptPipeline.cpp" line="+164" />
        <source>'%1' is not a TorchScript file that can be loaded: %2</source>
        <translation>'%1' não é um arquivo TorchScript que possa ser carregado: %2</translation>
    </message>
</context>
<context>
    <name>torchscript-not-an-export</name>
    <message>
        <location line="+5" />
        <source>'%1' is a TorchScript file but not a TransferLab export</source>
        <translation>'%1' é um arquivo TorchScript, mas não uma exportação do TransferLab</translation>
    </message>
</context>
<context>
    <name>training-configuration-invalid</name>
    <message>
        <location filename="../../engine/training/TrainConfig.cpp" line="+36" />
        <source>invalid training configuration: %1</source>
        <translation>configuração de treinamento inválida: %1</translation>
    </message>
</context>
<context>
    <name>tta-needs-model-file</name>
    <message>
        <location filename="../../engine/facade/Classifier.cpp" line="-162" />
        <source>test-time augmentation needs the TransferLab model file, not a TorchScript export</source>
        <translation>o aumento de dados no teste precisa do arquivo de modelo TransferLab, não de uma exportação TorchScript</translation>
    </message>
</context>
<context>
    <name>unknown-choice</name>
    <message>
        <location filename="../../engine/base/Choices.h" line="+22" />
        <source>unknown %1 '%2' (expected one of: %3)</source>
        <translation>%1: valor desconhecido '%2' (valores aceitos: %3)</translation>
    </message>
</context>
<context>
    <name>untranslated-text</name>
    <message>
        <location filename="../../engine/base/Message.cpp" line="+43" />
        <source>%1</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>validation-fraction-out-of-range</name>
    <message>
        <location filename="../../engine/data/Splits.cpp" line="-14" />
        <source>the validation fraction must be at least 0 and below 1 (got %1)</source>
        <translation>a fração de validação deve ser no mínimo 0 e menor que 1 (recebido: %1)</translation>
    </message>
</context>
<context>
    <name>warning-non-finite-loss</name>
    <message>
        <location filename="../../engine/model/RunWarnings.cpp" line="+66" />
        <source>a loss became infinite or not a number: training diverged. Likely causes: a learning rate too high or feature scaling 'none'. Try a learning rate ten times lower, or feature scaling 'normalise'.</source>
        <translation>uma perda ficou infinita ou indefinida (NaN): o treinamento divergiu. Causas prováveis: taxa de aprendizado alta demais ou escala das características 'none'. Experimente uma taxa de aprendizado dez vezes menor ou a escala das características 'normalise'.</translation>
    </message>
</context>
<context>
    <name>warning-one-class-predicted</name>
    <message>
        <location line="-8" />
        <source>the model calls every validation image the same class: it has not learnt to tell the classes apart. Likely causes: feature scaling 'none' with a backbone whose features are large, a learning rate too high, too few images or random stand-in weights. Try feature scaling 'normalise', a lower learning rate, or more images per class.</source>
        <translation>o modelo atribui a mesma classe a todas as imagens de validação: não aprendeu a distinguir as classes. Causas prováveis: escala das características 'none' com uma rede base de características grandes, taxa de aprendizado alta demais, poucas imagens ou pesos aleatórios substitutos. Experimente a escala das características 'normalise', uma taxa de aprendizado menor ou mais imagens por classe.</translation>
    </message>
</context>
<context>
    <name>weights-file-unreadable</name>
    <message>
        <location filename="../../engine/backbone/Backbone.cpp" line="+23" />
        <source>weights file '%1' does not exist or cannot be read</source>
        <translation>o arquivo de pesos '%1' não existe ou não pode ser lido</translation>
    </message>
</context>
<context>
    <name>weights-of-another-backbone</name>
    <message>
        <location filename="../../engine/backbone/ConvNetwork.cpp" line="-3" />
        <source>'%1' holds %2 weights, not %3: choose the %2 backbone or give %3 weights</source>
        <translation>'%1' contém pesos de %2, não de %3: escolha o backbone %2 ou forneça pesos de %3</translation>
    </message>
</context>
<context>
    <name>weights-unknown-format</name>
    <message>
        <location filename="../../engine/backbone/Backbone.cpp" line="+20" />
        <source>'%1' is neither Keras HDF5 weights (.h5) nor a TorchScript features module (.pt)</source>
        <translation>'%1' não é um arquivo de pesos HDF5 do Keras (.h5) nem um módulo de características TorchScript (.pt)</translation>
    </message>
</context>
</TS>
